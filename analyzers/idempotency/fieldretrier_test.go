package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// FieldRetrierPerAttemptKey: a retry helper held in an unexported
// func-typed field the constructor sets (to retrykit.Do of another
// package, or the package's own backoffRetry) retries the closure handed
// through the field; a key made from the clock inside it (a stripe-go
// SetIdempotencyKey, an Idempotency-Key header) is new on every attempt,
// reported. Look-alikes silent: the clock read once before the retries,
// the clock as a metadata timestamp beside a stable key, the same
// retrier around a notification POST, and a field the caller may fill
// with a retrier of its own.
var _ = cases.Add(idempotency.Analyzer, "FieldRetrierPerAttemptKey", "fieldretrier/...")
