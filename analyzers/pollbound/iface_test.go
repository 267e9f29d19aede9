package pollbound

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestInterfaceGateway: a poll through an interface whose visible
// implementations agree is judged like a poll of the implementation's
// read; an interface with no visible implementation stays silent.
func TestInterfaceGateway(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollbound/ifacegw")
}
