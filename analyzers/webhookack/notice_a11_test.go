package webhookack_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookack"
)

// TestNoticeA11: the payout state events of webhookdedupe/notice_a11
// (a handler known as a webhook by the POST webhook route serverack
// mounts it on) text the recipient through an SMS sender before they
// answer: reported at the binding, also after an event claim or a
// tested transition (the duplicate is guarded, the wait is not).
// Silent: the notifier bound to a cheap update.
func TestNoticeA11(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookack.Analyzer, "a11notice/payoutevt", "a11notice/texter", "a11notice/serverack")
}
