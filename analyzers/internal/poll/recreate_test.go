package poll_test

import (
	"github.com/paylint/paylint/analyzers/pollcreate"
)

// RecreateAroundHelper: a payment created on every pass of a loop
// that waits for it through a poll helper of another package is
// reported; loops over orders, a wait whose error leaves the loop, a poll
// that ends on a failed state and a poll of another payment stay silent.
var _ = cases.Add(pollcreate.Analyzer, "RecreateAroundHelper", "pollcreate/crosspkg/...")
