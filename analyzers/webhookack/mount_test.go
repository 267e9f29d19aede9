package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// MountedElsewhereD18: a net/http handler of package intents that reads a
// Stripe PaymentIntent back by the posted id (nothing in its package says
// webhook), mounted by a routes package on /hooks/stripe/intents and built
// in main with a notification port whose implementation, in sight of the
// handler, mails through net/smtp before the answer: reported at main's
// binding. The same handler bound to an in-memory queue, or to a sync
// no-op, silent; the read back itself is what such a handler must do.
var _ = cases.Add(webhookack.Analyzer, "MountedElsewhereD18", "d18mount/...")
