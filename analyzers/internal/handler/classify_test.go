package handler

import "testing"

// TestClassifyLookalikes pins the look-alikes the precision corpus found
// (account flows, OAuth redirect URIs, back-office routes) and the payment
// pages next to them that must still be classified.
func TestClassifyLookalikes(t *testing.T) {
	route := func(method, path string) []*Route { return []*Route{{Method: method, Path: path}} }
	query := func(names ...string) (rs []*Read) {
		for _, n := range names {
			rs = append(rs, &Read{Name: n, Source: "query"})
		}
		return rs
	}
	cases := []struct {
		name              string
		h                 *Handler
		redirect, webhook bool
	}{
		{"email verify success", &Handler{Routes: route("GET", "/email/verify/success")}, false, false},
		{"named success on an account route", &Handler{Name: "verifySuccess", Routes: route("GET", "/email/verify/success")}, false, false},
		{"named Complete on a route that says otherwise", &Handler{Name: "Handler.Complete", Routes: route("POST", "/profile/{id}/setup/complete")}, false, false},
		{"named Notify on a settings route", &Handler{Name: "Handler.Notify", Routes: route("PUT", "/profile/notify-settings")}, false, false},
		{"named PaymentComplete on a neutral route", &Handler{Name: "PaymentComplete", Routes: route("GET", "/api/v1/{id}")}, true, false},
		{"named SuccessHandler without routes", &Handler{Name: "SuccessHandler"}, true, false},
		{"named stripeWebhook without routes", &Handler{Name: "stripeWebhook"}, false, true},
		{"stripe connect oauth callback", &Handler{Routes: route("GET", "/stripe/oauth/callback"), Params: query("code", "state")}, false, false},
		{"stripe connect onboarding return", &Handler{Routes: route("GET", "/stripe/connect/onboarding/return")}, false, false},
		{"stripe checkout return", &Handler{Routes: route("GET", "/stripe/return")}, true, false},
		{"paypal login return with a plan", &Handler{Routes: route("GET", "/paypal/login/plan/success")}, true, false},
		{"password reset success", &Handler{Routes: route("GET", "/password-reset/success")}, false, false},
		{"signup complete name", &Handler{Name: "SignupSuccess"}, false, false},
		{"order confirmation thank you", &Handler{Routes: route("GET", "/order/confirmation/thank-you")}, true, false},
		{"payment verify success", &Handler{Routes: route("GET", "/payment/verify/success")}, true, false},
		{"upgrade success after login", &Handler{Routes: route("GET", "/login/upgrade/success")}, true, false},
		{"checkout success", &Handler{Routes: route("GET", "/checkout/success")}, true, false},
		{"admin status form", &Handler{Routes: route("", "/admin/orders/status"),
			Params: []*Read{{Name: "status", Source: "form"}, {Name: "order_id", Source: "form"}}}, false, false},
		{"status and order id", &Handler{Routes: route("", "/orders/status"),
			Params: query("status", "order_id")}, true, false},
		{"admin success", &Handler{Routes: route("GET", "/admin/import/success")}, false, false},
		{"oauth callback", &Handler{Routes: route("", "/callback"), Params: query("code", "state")}, false, false},
		{"bare callback", &Handler{Routes: route("POST", "/callback")}, false, true},
		{"payment callback with code", &Handler{Routes: route("", "/pay/notify"), Params: query("code")}, false, true},
		{"signed callback with code", &Handler{Routes: route("", "/callback"), Params: query("code"),
			Headers: []*Read{{Name: "X-Signature", Source: "header"}}}, false, true},
	}
	for _, c := range cases {
		r, _ := c.h.Redirect()
		w, _ := c.h.Webhook()
		if r != c.redirect || w != c.webhook {
			t.Errorf("%s: redirect=%v webhook=%v, want %v %v", c.name, r, w, c.redirect, c.webhook)
		}
	}
}
