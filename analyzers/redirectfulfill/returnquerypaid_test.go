package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// ReturnQueryPaid: return pages that store the goods handed over (or the
// payment paid) because the return URL's query says paid, through a store
// of another package, in echo (QueryParam), gin (DefaultQuery into a
// local, the != form leaving early), net/http on chi (a switch over
// URL.Query().Get) and hertz (Query, DefaultQuery; routed from main): a
// label order's "issued" and a booking's "booked" are the page's paid
// state because it stores them only where the query's status says PAID,
// a tip's {$set: {status: "paid"}} in a collection held in a field named
// c, and a coaching fee's GORM Updates of status "paid", are paid writes
// on rows the table vocabulary does not rank. Silent: pages that only
// choose what to show, a page reading the PaymentIntent back and issuing
// only when it succeeded, a back-office route confirming a payment by
// hand, a form's step, a shipment's "delivered", and "paid" noted in a
// payment_events log.
var _ = cases.Add(redirectfulfill.Analyzer, "ReturnQueryPaid", "returnquerypaid/...")
