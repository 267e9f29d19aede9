package redirectfulfill_test

import (
	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// SucceededPageInsert: success pages the checkout script posts to once
// Stripe.js has confirmed the card, which read the PaymentIntent in a
// helper of their own package (through a gateway method of another
// package on chi, with paymentintent.Get on echo), keep from it only the
// latest charge's id in a struct built with the form's amount, and book
// the payment (or transaction) cleared with a numeric status id through
// a database/sql store whose INSERT is kept in a local before
// ExecContext or Exec: reported at the booking, the payment read but its
// status never checked. Silent: the same pages through a helper (of the
// page's package, or the gateway's) erring unless the intent succeeded,
// a receipt page showing what the success page kept, a page booking the
// payment pending with the verified webhook marking it paid and
// inserting the order, and a page reading the PaymentIntent only to show
// its amount.
var _ = cases.Add(redirectfulfill.Analyzer, "SucceededPageInsert", "succeededpage/...")
