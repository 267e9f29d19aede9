package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestWiredSplitMount: a handler of package psp with no route there that
// verifies nothing and marks the order paid only through an interface no
// implementation in sight explains is judged where package web mounts it,
// as one writing the state itself is: reported once, at the bare route;
// silent behind a verifying middleware. A handler whose own check is
// broken stays reported at its effect.
func TestWiredSplitMount(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "wirehooks/splitmount/...")
}
