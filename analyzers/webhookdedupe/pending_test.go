package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// WHBPending: a gin Midtrans notice that is a webhook only by its body
// (no route, name or verifier here), reads the transaction back and adds
// a pack's lessons through a port whose implementation the package sees
// (an sqlx UPDATE lessons_left = lessons_left + $1): the read-back says
// settlement on every delivery, so it is no guard: reported. The same
// after a stored paid state, a port only storing the paid state, one
// only mailing a receipt, and a port with an implementation that only
// sets a size silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WHBPending", "whbpending/...")
