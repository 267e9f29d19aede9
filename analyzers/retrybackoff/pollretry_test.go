package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// PollOverRetryingReadP24: a poll loop over a read helper that retries
// 429/5xx by itself, sleeping after a read error, is a poll (pollbound's),
// not a retry of the read: silent.
var _ = cases.Add(retrybackoff.Analyzer, "PollOverRetryingReadP24", "p24poll/invoicewait")
