package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// EmptyTokenRC3: a provider's callback token (X-Callback-Token) compared
// with os.Getenv, or constant-time with a field only ever set from
// os.Getenv, passes when the variable is unset and the header absent
// ("" == ""): fail-open, reported. Silent: the variable refused when
// empty before the compare (in the handler, the constructor with
// log.Fatal, main at start-up), the header required non-empty first, a
// constant token, and an HMAC of the body under an environment key.
var _ = cases.Add(webhookverify.Analyzer, "EmptyTokenRC3", "rc3tokens/...")
