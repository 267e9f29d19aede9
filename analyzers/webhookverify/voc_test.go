package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestVocabulary: a handler mounted elsewhere that decodes an envelope
// of the provider SDK's events is a webhook whatever the envelope is
// called; an envelope of SDK payments or of the merchant's rows is not.
func TestVocabulary(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "model/voc/envelope/hooks", "model/voc/envelope/mount")
}
