package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestGorillaMethods: the method a gorilla/mux route's Methods matcher
// says, chained after the registration, before it or on a subrouter
// (rt_gorilla.go).
func TestGorillaMethods(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/routesx/gorillaroutes")
}
