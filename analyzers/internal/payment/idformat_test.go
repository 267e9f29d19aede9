package payment_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestIDFormatted: a wrapper whose path id is a numeric parameter
// formatted (strconv.FormatInt(n, 10), strconv.Itoa, fmt.Sprint(n)) takes
// its id from that parameter; a value computed from it does not.
func TestIDFormatted(t *testing.T) {
	analysistest.Run(t, testdata(), debug, "retry/r7/idformat")
}
