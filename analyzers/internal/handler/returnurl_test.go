package handler

import (
	"strings"
	"testing"
)

// The path of a success URL as the app spells it, and the routes it names.
func TestReturnURLPath(t *testing.T) {
	w := wild
	for _, c := range []struct {
		url  string
		want string
		base bool
	}{
		{w + "/payments/verify/" + w + "?status=success", "payments/verify/*", true},
		{"https://shop.example/orders/landing", "orders/landing", false},
		{r19Format("%s/trips/%d/done"), "trips/*/done", true},
		{w + "/checkout/success?session_id={CHECKOUT_SESSION_ID}", "checkout/success", true},
		{w, "", false},                       // a URL read from the configuration
		{w + "?status=success", "", false},   // no path of its own
		{"orders/" + w + "/done", "", false}, // relative to something unknown
		{w + "/" + w, "", false},             // no constant segment
	} {
		segs, base := path(c.url)
		if got := strings.Join(segs, "/"); got != c.want || got != "" && base != c.base {
			t.Errorf("path(%q) = %q, %v; want %q, %v", c.url, got, base, c.want, c.base)
		}
	}
}

func TestReturnURLPathMatch(t *testing.T) {
	verify := Target{Path: "payments/verify/*", Base: true}
	landing := Target{Path: "landing", Base: true}
	exact := Target{Path: "orders/*/done"}
	for _, c := range []struct {
		t     Target
		route string
		want  bool
	}{
		{verify, "/payments/verify/:id", true},
		{verify, "/api/v1/payments/verify/{id}", true}, // the base carries /api/v1
		{verify, "/payments/verify", false},
		{verify, "/payments/refund/:id", false},
		{landing, "/landing", true},
		{landing, "/admin/landing", false}, // one constant segment: no prefix allowed
		{exact, "/orders/{id}/done", true},
		{exact, "/v2/orders/{id}/done", false}, // no base: no prefix
		{exact, "GET /orders/{id}/done", true}, // a net/http pattern
		{Target{Path: "*/x"}, "/:a/:b", false},
	} {
		if got := pathMatch(c.t, routeSegs(c.route)); got != c.want {
			t.Errorf("pathMatch(%+v, %q) = %v, want %v", c.t, c.route, got, c.want)
		}
	}
}

// Only a success URL's keys link a page: a cancel or failure URL, or a
// notification URL, does not.
func TestReturnURLKeys(t *testing.T) {
	c := &collector{}
	for k, want := range map[string]bool{
		"success_url": true, "success_redirect_url": true, "return_url": true, "redirectUrl": true,
		"callback_url": true, "cancel_url": false, "failure_redirect_url": false, "cancelUrl": false,
		"webhookUrl": false, "notification_url": false, "finish": false,
	} {
		if got := c.successKey(k, ""); got != want {
			t.Errorf("successKey(%q) = %v, want %v", k, got, want)
		}
	}
	if !c.successKey("finish", "callbacks") || !c.successKey("success", "backurls") || c.successKey("failure", "backurls") {
		t.Error("scoped keys: Midtrans callbacks.finish and Mercado Pago back_urls.success only")
	}
}
