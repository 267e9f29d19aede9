package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// VerifyHelper: a handler that stops on a nil result of a helper that
// verifies with a known verifier is not reported; a helper's results left
// unchecked, or a nil check of a helper that verifies nothing, is.
var _ = cases.Add(webhookverify.Analyzer, "VerifyHelper", "webhookverify/verifyhelper")
