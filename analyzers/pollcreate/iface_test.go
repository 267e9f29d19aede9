package pollcreate

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestInterfaceGateway: a payment created and polled through an
// interface whose visible implementations agree is judged like the
// implementation's create and read.
func TestInterfaceGateway(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollcreate/ifacegw")
}
