package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Mounts: webhook handlers of package hooks that verify nothing
// themselves are judged per route where other packages mount them:
// reported at a mount no verifying middleware covers (plain, a sibling
// route outside a verifying group), silent behind group middleware, chi
// With, a verifying wrapper of another package, gin route middleware in
// main, on a router handed in by a caller, or when the mount is not
// understood (a route table); a buyer endpoint is silent everywhere.
var _ = cases.Add(webhookverify.Analyzer, "Mounts", "webhookverify/mounts/...")
