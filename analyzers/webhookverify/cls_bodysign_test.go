package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// BodySign: a signature posted in the body and compared with a digest
// computed with the merchant's key is a verification; a digest without a
// key, a presence check or a logged mismatch is not.
var _ = cases.Add(webhookverify.Analyzer, "BodySign", "webhookverify/bodysign")
