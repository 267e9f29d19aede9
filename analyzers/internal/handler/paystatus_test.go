package handler_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestShopWords: return pages named in a shop's own words (an entitlement
// next to a weak redirect word, a pay-status parameter compared with a
// paid value) and notifications known by their envelope (a nested
// object with an id and a status, an event type compared with a payment
// event name, WeChat Pay's trade_state), with look-alikes that stay
// unclassified.
func TestShopWords(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, describe, "handler/paystatus")
}
