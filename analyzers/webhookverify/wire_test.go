package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestWired: a handler of package notify (net/http) or gatewayhooks (gin)
// that decodes a provider's event and calls a use case through a field of
// an interface, verifying nothing, is a payment webhook once the package
// binding the use case sees it act on the payment: reported at the mount
// with no verifying middleware there. Silent: a route behind verifying
// middleware, a handler that verifies, a use case that only logs, two
// bindings that disagree.
func TestWired(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "wirehooks/stdmux/...", "wirehooks/ginapp/...", "wirehooks/anonpayload")
}
