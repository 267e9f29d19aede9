package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestTerminalStates: a payment webhook that stores a cancelled state
// with the verifier's verdict only logged, or a reversed one with no
// check at all, acts on the payment; an unverified failure, a verified
// refund and a failed delivery stay silent.
func TestTerminalStates(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "wirehooks/hc/vfyterminal")
}
