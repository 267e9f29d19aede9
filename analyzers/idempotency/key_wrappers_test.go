package idempotency_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/idempotency"
)

// TestKeysThroughWrappers: keys carried through in-house wrappers: a
// message rendered by the package's own encoder; a wrapper that errs
// on every failed answer, like an SDK; a gateway wrapper whose form
// method is its caller's constant; an SDK request made by a builder
// that takes its key as a parameter.
func TestKeysThroughWrappers(t *testing.T) {
	analysistest.Run(t, testdata(t), idempotency.Analyzer, "idempotency/encwrapper", "idempotency/roundafterfail", "idempotency/formwrapper", "idempotency/sdkbuilders")
}
