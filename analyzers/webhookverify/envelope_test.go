package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestEnvelope: notify endpoints known by the envelope of what they
// decode (WeChat Pay's trade_state, YooKassa's object{id, status}, a
// data.object, an event type compared with a payment event name);
// repository, chat bot, mail and CI events stay silent.
func TestEnvelope(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/envelope")
}
