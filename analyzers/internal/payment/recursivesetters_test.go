package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRecursiveKeySetters: helpers handing the request to each other (a
// retry by recursion) are walked once per pass of the key search; they
// were walked anew in every pass nested in the last, without end (the
// test hung), and the keys they attach are still found.
func TestRecursiveKeySetters(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "model/recursivesetters")
}
