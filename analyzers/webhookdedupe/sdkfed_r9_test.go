package webhookdedupe_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// TestSDKFedElsewhere (h9sdkfed): a type of package subs implementing
// gocardless.EventHandler is the webhook's processing even though the
// SDK's verifying WebhookHandler is built in package server; its payment
// insert through an interface is reported where server binds it. The
// handler that records the event id first and a HandleEvent of another
// shape (an admin replay, no EventHandler) stay silent.
func TestSDKFedElsewhere(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookdedupe.Analyzer, "h9sdkfed/subs", "h9sdkfed/server")
}
