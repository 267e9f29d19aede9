package pollinterval

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestL11CtorInterval: a constant under 2s handed to a constructor that
// stores it as the only wait of a poll of its package is reported where
// it is passed; 5s, a configuration value, a cache's TTL and an interval
// field the package also defaults itself stay silent.
func TestL11CtorInterval(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, Analyzer, "pollinterval/l11/ctorwait/...")
}
