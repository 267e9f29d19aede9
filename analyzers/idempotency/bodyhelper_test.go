package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// BodyHelperDSPB: a body marshalled by a helper of the package whose key
// field (idempotency_key, a provider's external_id) takes a uuid or the
// clock, called inside the retry loop, reported; a key from the id and a
// constant suffix, a body built once before the loop, and the clock in a
// timestamp field silent.
var _ = cases.Add(idempotency.Analyzer, "BodyHelperDSPB", "dspbkeys/bodyhelper")
