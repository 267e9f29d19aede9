package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestNoticeA11: a provider's state event decoded by a handler nothing
// in its package calls a webhook is one where server mounts it on a POST
// webhook route; the payout it stores idempotently is looked up by the
// event's reference, and the recipient texted through a Notifier bound
// to an SMS sender on every delivery: reported at the binding. Silent for webhookdedupe:
// the text after an INSERT … ON CONFLICT DO NOTHING claim of the event
// id, after a transition whose RowsAffected is tested (both still slow
// before the answer: webhookack/notice_a11_test.go), and the notifier
// bound to a cheap update.
func TestNoticeA11(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "a11notice/payoutevt", "a11notice/texter", "a11notice/server")
}
