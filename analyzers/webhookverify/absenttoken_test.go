package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// AbsentTokenX19: a provider's callback-token middleware (chi, echo, gin)
// that compares the token only when the request sends one (got != "" &&
// got != secret; len(sig) > 0 around the compare; an early next when the
// header is missing) lets a forged callback without the header through:
// reported where it is built or handed on, also through a struct field a
// routes package mounts with Group. Silent: a missing token refused with
// a wrong one (one condition, or a check of its own first), the token
// taken from the query when the header is missing and compared all the
// same, an optional API key of the merchant's clients, a code host's
// token.
var _ = cases.Add(webhookverify.Analyzer, "AbsentTokenX19", "x19cbtoken/...")
