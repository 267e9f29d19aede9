package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestLanding: weak webhook words resolved by what the handler does
// (cls_landing.go).
func TestLanding(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/landing")
}

// TestSDKFed: event handlers handed to an SDK's verifying webhook server
// (cls_sdkfed.go).
func TestSDKFed(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/sdkfed")
}
