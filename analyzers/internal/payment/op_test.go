package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestOpShape: payment writes known by what their bodies carry, status
// reads known by the write they read back, and more resource words and
// dedupe fields of real APIs; with the look-alikes that stay silent.
func TestOpShape(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/opshape", "model/opreads", "model/opreads/bare", "model/oppayout")
}
