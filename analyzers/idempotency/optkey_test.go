package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// OptionKeyMakerG20: a payout client whose Idempotency-Key comes from an
// unexported func field the constructor sets to a fresh-id maker, which a
// functional option may swap for tests, retried by a payroll run through
// a port bound in main: a new key per attempt, reported at the binding.
// Silent: the same client whose field derives the key from the payout's
// own id (stableapi).
var _ = cases.Add(idempotency.Analyzer, "OptionKeyMakerG20", "g20optkey/...")
