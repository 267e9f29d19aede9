package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// PermanentFailure: an operation handed to retry-go that retries only
// the lookup before a stripe-go refund and marks the refund's failure
// retry.Unrecoverable, with nothing after it that can fail, runs the
// refund at most once: silent. The same operation retrying a failed
// bookkeeping call after the refund, and one marking only a declined
// refund unrecoverable, reported.
var _ = cases.Add(idempotency.Analyzer, "PermanentFailure", "permanentfail/...")
