package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestVfyVerdict: SDK verifiers whose verdict is a result field (PayPal's
// VerificationStatus), and signature checks that depend on a configured
// secret (fail-open unless the empty secret is refused).
func TestVfyVerdict(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/vfyverdict", "webhookverify/vfysecret")
}
