package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// RouteHookA11: a handler that reads what was posted and reads the
// payment back from the provider (a Mercado Pago notice posting only the
// id), with nothing in its own package saying webhook, is one where the
// binding package mounts it on a POST webhook route: its use case's slow
// work before the answer is reported there (app: the ticket office calls
// the venue). Silent: the same notice bound to an outbox booking in a
// goroutine on a detached context (appqueue), to a cheap paid-state
// update (appcheap), and the same handler mounted as the buyer's return
// page (appreturn: no webhook route).
var _ = cases.Add(webhookack.Analyzer, "RouteHookA11", "a11fetchback/mpnotice", "a11fetchback/app", "a11fetchback/appqueue",
	"a11fetchback/appcheap", "a11fetchback/appreturn")
