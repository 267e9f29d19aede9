package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// BackoffFieldF20: a sethvargo/go-retry policy made per call by an
// unexported func-typed field whose only value, set by the constructor,
// returns WithMaxRetries(4, NewConstant(500ms)): a Stripe refund retried
// at a fixed sub-second wait, reported; the factory returning an
// exponential policy from 1s, a field an option may replace with the
// caller's factory and an exported field silent.
var _ = cases.Add(retrybackoff.Analyzer, "BackoffFieldF20", "f20backofffield/...")
