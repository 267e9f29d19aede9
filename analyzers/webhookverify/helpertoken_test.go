package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// HelperTokenE14: the callback-token compare of EmptyTokenRC3 made in a
// helper of another package that decodes the notice and returns an
// error: the helper fails open for every caller when the variable is
// unset. Silent: the helper refusing an empty token first, and a checker
// whose constructor refuses an empty token.
var _ = cases.Add(webhookverify.Analyzer, "HelperTokenE14", "e14token/...")
