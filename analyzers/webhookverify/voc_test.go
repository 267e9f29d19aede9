package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// Vocabulary: a handler mounted elsewhere that decodes an envelope
// of the provider SDK's events is a webhook whatever the envelope is
// called; an envelope of SDK payments or of the merchant's rows is not.
var _ = cases.Add(webhookverify.Analyzer, "Vocabulary", "model/voc/envelope/hooks", "model/voc/envelope/mount")
