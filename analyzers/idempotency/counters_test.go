package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// CapturedCounterDSPB: a key built from a counter declared outside a
// backoff.Retry operation and incremented at its top reported; a counter
// declared inside the operation, an outer loop's index, and a counter the
// key does not use silent.
var _ = cases.Add(idempotency.Analyzer, "CapturedCounterDSPB", "dspbkeys/counters")
