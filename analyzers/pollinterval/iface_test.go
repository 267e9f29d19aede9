package pollinterval

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestInterfaceGateway: a status read through an interface whose visible
// implementations agree is polled like the implementation's read;
// disagreeing implementations, a mock and no implementation stay silent.
func TestInterfaceGateway(t *testing.T) {
	analysistest.Run(t, testdata(t), Analyzer, "pollinterval/ifacegw")
}
