package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ErrorHandlerAdapter: handlers written as func(w, r) error and mounted
// through an adapter that turns the error into the answer (a function
// taking one and returning http.HandlerFunc or a func(w, r) that calls it
// with its writer and request; an appHandler func type whose ServeHTTP
// does so) are the endpoints of their routes, in net/http and chi, also
// when main mounts them from another package. Reported: a Stripe webhook
// mailing the buyer (net/smtp.SendMail in a helper) on every delivery of
// checkout.session.completed, and one taking seats off the stock and
// mailing on every delivery. Silent: the mail sent only after a
// processed-events insert (ON CONFLICT DO NOTHING, rows affected)
// succeeded, a stock decrement behind UPDATE … WHERE status = 'pending'
// whose rows affected gate it, and pages (an order page, a contact form
// that mails) served through the same adapters.
var _ = cases.Add(webhookdedupe.Analyzer, "ErrorHandlerAdapter", "errhandleradapter/shophttp", "errhandleradapter/apphandler", "errhandleradapter/cmd/sockshop", "errhandleradapter/recorded")
