package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PostedPaymentState: a handler that is a payment notification by what
// it does, whatever its route, type and name say: it decodes the POST
// body (fiber c.Body, echo c.Bind, gin ShouldBindJSON, a json.Decoder)
// and the body decides the payment's state — the posted payment_status
// stored on the order through a store of another package, or the order
// marked paid (MarkPaid, also through an interface) only when a posted
// value says paid (a switch case, an if, an early return when it says
// otherwise) — with nothing verifying the sender: reported at the bare
// mount of another package (fiber app.Post, an echo group, a gin router)
// or, routed in its own package on a ServeMux, at the write. Silent: the
// same handlers behind a verifying middleware (the route's own, an echo
// group's), behind a login or session middleware (the route's, a group's
// Use), one reading the payment back from the provider before storing
// it, a partner portal's bearer-authenticated form storing a note, a
// posted status only logged with "received" stored, and a courier's
// cash-on-delivery report and delivery status (no posted payment status
// decides them).
var _ = cases.Add(webhookverify.Analyzer, "PostedPaymentState", "postedpaymentstate/...")
