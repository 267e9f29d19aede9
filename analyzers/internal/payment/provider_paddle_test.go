package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestProviderPaddle: the calls of paddle-go-sdk v3 the model knows
// (provider_paddle.go), reached through *paddle.SDK's embedded clients.
func TestProviderPaddle(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/providers/paddle")
}
