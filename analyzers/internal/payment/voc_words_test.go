package payment

import (
	"reflect"
	"testing"
)

// TestSegWords: run-together segments split only into known words.
func TestSegWords(t *testing.T) {
	for seg, want := range map[string][]string{
		"orderquery":      {"order", "query"},
		"closeorder":      {"close", "order"},
		"queryOrder":      {"query", "order"},
		"refund-query":    {"refund", "query"},
		"getTransferInfo": {"get", "transfer", "info"},
		"payout":          {"payout"},
		"payments":        {"payments"},
		"orderquota":      {"orderquota"},
		"checkout":        {"checkout"},
	} {
		if got := segWords(seg); !reflect.DeepEqual(got, want) {
			t.Errorf("segWords(%q) = %v, want %v", seg, got, want)
		}
	}
}
