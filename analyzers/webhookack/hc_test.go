package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

// TestWiredAside: a verified Checkout.com-style handler that pages a
// team through an interface field before it answers, with no event
// value in hand, is reported where package ckosrv binds the pager to an
// implementation calling an incident API over HTTP. The same page after
// a flush, and an in-memory counter called before the answer, stay
// silent.
func TestWiredAside(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer, "wirehooks/hc/ckohook", "wirehooks/hc/ckosrv")
}
