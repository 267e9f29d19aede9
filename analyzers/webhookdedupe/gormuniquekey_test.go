package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// GormUniqueKey: a gorm model whose unique column (a uniqueIndex,
// unique or primaryKey tag; the table made by AutoMigrate) receives the
// id the delivery carries makes its insert keyed, like ON CONFLICT DO
// NOTHING: a tutoring platform's net/http Stripe webhooks inserting the
// payment row keyed by the PaymentIntent id through a helper, a lesson
// pack's ledger row keyed by "checkout:" + the session id, a purchase row
// under a unique index over the provider's name and the charge id, and a
// wallet credit made only when the keyed insert succeeded, silent.
// Reported: the credit beside a keyed insert whose failure is ignored, a
// receipt whose primary key is a uuid made per call (the PaymentIntent id
// only indexed), and a row unique by the reference and the time it
// arrived.
var _ = cases.Add(webhookdedupe.Analyzer, "GormUniqueKey", "gormuniquekey/...")
