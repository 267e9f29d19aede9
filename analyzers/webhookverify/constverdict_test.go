package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// ConstVerdictL22: chi gateway callbacks whose signature check lives in
// another package and answers success whatever it is handed (a bool
// method that only logs and returns true, an error-style function
// returning nil), taken at their word by name and shape until now:
// reported at the paid write, naming the check. Silent: a check
// returning true only in development mode and the HMAC otherwise, the
// HMAC itself, a check panicking on a bad signature, and a stub compiled
// only into builds without the production tag (another file checks).
var _ = cases.Add(webhookverify.Analyzer, "ConstVerdictL22", "l22constverdict/...")
