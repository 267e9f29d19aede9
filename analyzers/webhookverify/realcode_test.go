package webhookverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TestRealCode: verifiers recognised by what they do, and fail-open in
// every shape.
func TestRealCode(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/realcode", "webhookverify/realcodexpkg/hooks")
}

// TestRealCodeFrameworks: webhooks on iris, beego, hertz, fasthttp and
// go-zero, recognised by shape.
func TestRealCodeFrameworks(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, webhookverify.Analyzer, "webhookverify/realcodefw")
}
