package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestMoneyRowsDeps: a webhook reaching its store through the merchant's
// interface, implemented in a package it imports whose SQL shows the
// rows carry money (charged_minor, charged_currency, status): settling
// one after a signature mismatch that is only logged is reported. The
// same call verified first, a payout marked completed and a remark kept
// stay silent.
func TestMoneyRowsDeps(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "mrhooks/...")
}
