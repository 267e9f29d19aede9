package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// HelperCounterDSPB: a key built from a counter that the operation handed
// to an in-house retry helper captures and increments reported; the same
// count kept for a log beside a key from the charge's id silent.
var _ = cases.Add(idempotency.Analyzer, "HelperCounterDSPB", "dspbkeys/helpercounter")
