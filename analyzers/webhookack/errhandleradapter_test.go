package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// ErrorHandlerAdapter: handlers written as func(w, r) error and mounted
// through an adapter that turns the error into the answer (a function
// taking one and returning http.HandlerFunc or a func(w, r) that calls it
// with its writer and request; an appHandler func type whose ServeHTTP
// does so) are the endpoints of their routes, in net/http and chi, also
// when main mounts them from another package. Reported: Stripe webhooks
// mailing the buyer (net/smtp.SendMail, in a helper) before their 200.
// Silent: a webhook that only writes to its
// database before answering, and pages (an order page, a contact form
// that mails) served through the same adapters.
var _ = cases.Add(webhookack.Analyzer, "ErrorHandlerAdapter", "errhandleradapter/shophttp", "errhandleradapter/cmd/sockshop", "errhandleradapter/apphook")
