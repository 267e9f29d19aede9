package redirectfulfill_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/redirectfulfill"
)

// TestShopWords: return pages named in a shop's own words (/vip/return,
// /premium/complete, /vip/paypal/approved, ?pay_status=paid) that grant
// from the redirect are reported; a page that only renders, a to-do route
// of a "pro" workspace, a posted notify, an OAuth state, an export's
// status and approvals of an identity check or an article stay silent.
func TestShopWords(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, redirectfulfill.Analyzer, "redirectfulfill/shopwords", "redirectfulfill/billpay")
}
