package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestStateGrants: what a database write grants (increments of earnings
// and entitlements, reward rows, paid states held in variables) and the
// look-alikes that grant nothing (counters, decrements, logs, trials).
func TestStateGrants(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/stgrants", "model/stgrants/ststore", "model/stgrants/stapp")
}
