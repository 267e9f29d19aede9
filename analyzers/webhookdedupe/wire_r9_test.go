package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// WiredImportedImpl (h9wire): a Paddle handler on net/http whose
// package imports the use case's package for a value type only
// (credits.Grant) and calls it through its own interface; the
// implementation is in sight but nothing there designates it, so the call
// is judged where app binds it: credits.Store.Book inserts a payment row
// on every delivery (reported at the binding). Look-alikes: the handler
// that claims the notification id first, and the same handler bound to a
// channel queue, stay silent.
var _ = cases.Add(webhookdedupe.Analyzer, "WiredImportedImpl", "h9wire/app", "h9wire/queued")
