package payment

import (
	"go/ast"
	"testing"
)

// TestPaymentConsentPath: the consents of payment initiation (and a
// funds confirmation asked for a payment) are payment-API calls; account
// access consents, a card issuer's funds-confirmation consent, Berlin
// Group's account consents and tokens are not. None is a payment write.
func TestPaymentConsentPath(t *testing.T) {
	id := &ast.Ident{Name: "id"}
	hole := strval{{Hole: true, Expr: id, Param: -1}}
	cases := []struct {
		url  strval
		want bool
	}{
		{strval{{Lit: "/open-banking/v3.1/pisp/domestic-payment-consents"}}, true},
		{strval{{Lit: "/pisp/international-scheduled-payment-consents"}}, true},
		{strval{{Lit: "/pisp/domestic-standing-order-consents"}}, true},
		{strval{{Lit: "/pisp/file-payment-consents"}}, true},
		{strval{{Lit: "/open-banking/v3.1/vrp/domestic-vrp-consents"}}, true},
		{strval{{Lit: "/api/payment_consents"}}, true},
		{strval{{Lit: "/v2/domesticPaymentConsents"}}, true},
		{append(strval{{Lit: "/pisp/domestic-payment-consents/"}}, append(hole, piece{Lit: "/funds-confirmation"})...), true},
		{strval{{Lit: "/cbpii/funds-confirmations"}}, true},
		{strval{{Lit: "/aisp/account-access-consents"}}, false},
		{strval{{Lit: "/cbpii/funds-confirmation-consents"}}, false},
		{strval{{Lit: "/v1/consents"}}, false},
		{strval{{Lit: "/as/token.oauth2"}}, false},
		{strval{{Lit: "/v1/funds-confirmations"}}, true},
		{strval{{Lit: "/pisp/domestic-payments"}}, false},
	}
	for _, c := range cases {
		p, ok := parseURL(c.url)
		if !ok {
			t.Fatalf("parseURL(%v) failed", c.url)
		}
		if got := paymentConsentPath(p); got != c.want {
			t.Errorf("paymentConsentPath(%s) = %v, want %v", p, got, c.want)
		}
		if k, _, _ := classifyHTTP("POST", p, []string{"POST", "PATCH"}, nil); c.want && k.Has(Write) {
			t.Errorf("classifyHTTP(POST %s) = %v: a consent is no payment write", p, k)
		}
	}
}
