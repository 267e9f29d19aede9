package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// SessionExists: a lookup of the merchant's row answering (*Row, error),
// keyed by an id the delivery carries (here the checkout session's, not
// the event's), tested against nil is an existence check: a shop's
// net/http Stripe webhooks crediting a balance top-up only when no
// transaction carries the signature "stripe-session-id=<id>" (the credit
// records it, in the same database transaction), and leaving when the
// "giftcard:<id>" transaction is found, silent. Reported: a bonus
// credited once the user looked up by the session's reference is found
// (a redelivery finds the user too), and a credit behind a lookup of a
// signature that carries the delivery's time (a redelivery looks for
// another signature).
var _ = cases.Add(webhookdedupe.Analyzer, "SessionExists", "sessionledger/...")
