package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

func TestRedirectFulfill(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer,
		"redirectfulfill/nethttp",
		"redirectfulfill/chi",
		"redirectfulfill/gin",
		"redirectfulfill/echofiber",
		"redirectfulfill/closure",
		"redirectfulfill/ownstate",
		"redirectfulfill/iface",
		"redirectfulfill/paypal",
		"redirectfulfill/wrapper/shop",
		"redirectfulfill/paidhelper/web", // paid checks in another package
		"redirectfulfill/structural",     // iris: a framework known by its shape
	)
}
