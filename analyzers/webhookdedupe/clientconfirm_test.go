package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ClientConfirmQ17: endpoints a hosted checkout's page calls to confirm
// a payment (its order id, payment id and checkout signature posted to an
// authenticated route). A signature verified makes them handlers the rule
// judges (doc.go), and a replayed post repeats their effects as a
// redelivered event does. A status guard on the row loaded (and locked)
// from the store protects all that follows it, even when the guard comes
// before the signature check and the row's other fields are then set from
// the request: silent (gin + GORM clause.Locking, echo + sqlx SELECT …
// FOR UPDATE, a repository answering the row). The same with no guard,
// and a "guard" on the status the request itself copied onto the row,
// reported.
var _ = cases.Add(webhookdedupe.Analyzer, "ClientConfirmQ17", "q17confirm/...")
