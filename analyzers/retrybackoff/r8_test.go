package retrybackoff_test

import (
	"github.com/paylint/paylint/analyzers/retrybackoff"
)

// ValueHelpers: a payment call retried at once is busy even when its
// request is built with the SDK's value helpers (square.Int64,
// braintree.NewDecimal) or with calls nested in its own arguments; a
// rate limiter's Wait, a call into another package and a client
// constructor in the loop may still wait.
var _ = cases.Add(retrybackoff.Analyzer, "ValueHelpers", "model/r8/busyretry")
