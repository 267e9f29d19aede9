package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestMobileMoney: M-Pesa (Daraja) STK callbacks and C2B confirmations are
// unsigned payment webhooks, known by their route or by their payload;
// an SMS delivery report or an account callback is not.
func TestMobileMoney(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/daraja/...")
}
