package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestBinders: fasthttp's Args and the fields of a struct a binder fills
// are request reads named by the Peek argument or the field's tag.
func TestBinders(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/binders")
}
