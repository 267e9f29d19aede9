package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// OptionsHandedOn: a wrapper of gocardless-pro-go's Payments.Create that
// spreads its caller's variadic request options into the SDK call takes
// its key from them: a retry whose call passes no WithIdempotencyKey (no
// option, an option that is no key, or through a helper of the caller
// that hands its own options on) sends the SDK's new random key on every
// attempt. Silent: a key made once or derived from the fee on every
// attempt, a call that is not retried, options from the caller's slice,
// and a helper handed a stable key.
var _ = cases.Add(idempotency.Analyzer, "OptionsHandedOn", "idempotency/optionshandedon/...")
