package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// InHouseRouterK22: net/http servers routing by hand to endpoints of
// their own type (func(w, r, member) error): a Stripe subscription hook,
// reached through a switch on r.URL.Path and a logging wrapper, that waits
// for an account row through the app's sleeping read helper (waits.Until)
// before answering, and a Paddle hook, reached through an if-chain on
// r.Method and a path variable under two guards, posting to a CRM first:
// both reported. Silent: the same read retried back to back (waits.Tries),
// the wait done in a goroutine after the 200, an event handed to a
// worker's channel, an endpoint routed by a regexp, which names no
// path, and a branch calling a sleeping helper before the endpoint it
// returns.
var _ = cases.Add(webhookack.Analyzer, "InHouseRouterK22", "k22router/...")
