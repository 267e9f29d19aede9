package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// U12OptionHelpers: a GoCardless write retried (retry-go, a loop) with
// its request options spread from a helper of the package that makes the
// key inside it (WithIdempotencyKey(uuid.NewString()), a WithHeaders key
// stamped with the clock) gets a new key per attempt; a helper building
// the key from its parameter, one handed a key made once before the loop,
// and options appended to a shared slice stay silent.
var _ = cases.Add(idempotency.Analyzer, "U12OptionHelpers", "idempotency/u12/optionhelpers")
