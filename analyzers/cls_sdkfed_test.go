package analyzers_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers"
)

// TestSDKFedHandlers: event handlers handed to an SDK's verifying webhook
// server are webhooks, verified (every rule but webhookdedupe stays
// silent on them); a look-alike never handed over is not one.
func TestSDKFedHandlers(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, combined(analyzers.All()), "webhookdedupe/sdkfed")
}
