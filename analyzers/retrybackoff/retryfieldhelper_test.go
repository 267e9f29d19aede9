package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// RetryFieldHelper: a retrier that sleeps a duration field of its
// receiver between calls of its operation field (retrykit.Retrier's
// Delay) waits what the caller's keyed literal stores there: a refund
// retried every 100ms reported, one whose literal leaves Delay out (no
// wait) reported. Silent: 2s, a delay from the caller's parameter, and
// a Delay set again after the literal.
var _ = cases.Add(retrybackoff.Analyzer, "RetryFieldHelper", "retryfieldhelper/refunds")
