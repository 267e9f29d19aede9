package handler_test

import (
	"testing"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// ShopWords: return pages named in a shop's own words (an entitlement
// next to a weak redirect word, a pay-status parameter compared with a
// paid value) and notifications known by their envelope (a nested
// object with an id and a status, an event type compared with a payment
// event name, WeChat Pay's trade_state), with look-alikes that stay
// unclassified.
var _ = cases.Add(describe, "ShopWords", "handler/paystatus")

// TestEntitledReturn: a weak redirect word next to an entitlement is a
// payment's return only when nothing else in the path or name speaks of
// something else.
func TestEntitledReturn(t *testing.T) {
	cases := []struct {
		name, path string
		redirect   bool
	}{
		{"", "/vip/return", true},
		{"", "/api/v1/premium/complete", true},
		{"", "/membership/done", true},
		{"", "/credits/topup/return", true},
		{"VipReturn", "", true},
		{"", "/pro/tasks/done", false},
		{"", "/plan/workout/complete", false},
		{"", "/vip/login/return", false},
		{"", "/orders/{id}/return", false},
		{"ProjectDone", "", false},
	}
	for _, c := range cases {
		h := &handler.Handler{Name: c.name}
		if c.path != "" {
			h.Routes = []*handler.Route{{Method: "GET", Path: c.path}}
		}
		if got, _ := h.Redirect(); got != c.redirect {
			t.Errorf("%q %q: redirect=%v, want %v", c.name, c.path, got, c.redirect)
		}
	}
}
