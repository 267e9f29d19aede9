package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// MPBackURLW24: gin pages on Mercado Pago's back_urls, grouped under
// /mp, holding a Shipping port that main binds to a database/sql store
// whose Forward runs UPDATE purchases SET status = 'shipped': the page
// shipping when the query's collection_status is "approved" is reported
// at the binding. Silent: the page reading the payment back and testing
// its status, a page only echoing collection_status into its text, and
// the same pages bound to a store whose Forward frees a reservation
// ('released': nothing handed over).
var _ = cases.Add(redirectfulfill.Analyzer, "MPBackURLW24", "w24mpback/...")
