package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// ServedRouterE20: a handler of another package decoding a Stripe event
// and storing a rental paid, verifying nothing itself, mounted on the
// root gorilla/mux router beside the verifying Subrouter, the router
// served by log.Fatal(http.ListenAndServe(addr, r)): reported at the
// bare registration (log.Fatal is handed the server's error, not the
// router, so it adds no middleware). Silent: the router wrapped in the
// check inside the served call, and the router handed inside log.Fatal to
// a function of the app's own that adds the check.
var _ = cases.Add(webhookverify.Analyzer, "ServedRouterE20", "e20servedrouter/...")
