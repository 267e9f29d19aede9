package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// AsynqOnceD20: asynq handlers whose package builds their tasks while
// another package registers them, tied by the payload type the handler
// decodes: a payout task made with MaxRetry(0) only and a reversal made
// with the defaults but enqueued with MaxRetry(0) silent; a top-up made
// with MaxRetry(3), a bonus made with MaxRetry(0) but also enqueued with
// the defaults, and a refund made with MaxRetry(0) enqueued with
// MaxRetry(5) reported.
var _ = cases.Add(idempotency.Analyzer, "AsynqOnceD20", "asynqonced20/...")
