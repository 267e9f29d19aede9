package payment

import "strings"

// ---- a provider's verification endpoint, called over plain REST --------------
//
// Some providers verify a webhook remotely: the shop posts the delivery's
// transmission headers, its webhook id and the event to the provider, which
// answers a verdict in the body (PayPal's POST
// /v1/notifications/verify-webhook-signature answers 200 with
// verification_status "SUCCESS" or "FAILURE"). plutov/paypal wraps it as
// VerifyWebhookSignature (provider_paypal.go); shops without the SDK call
// the endpoint with net/http, resty or their own client. The endpoint is
// provider data, like an SDK verifier: which path, and which field of the
// answer carries the verdict with which value.

// RESTVerifier is a provider's remote webhook verification endpoint.
type RESTVerifier struct {
	Provider string
	// Path is the endpoint's path, matched at the end of a request's URL
	// (or of the path handed to a client helper).
	Path string
	// Field is the JSON name of the answer's verdict field, OK its value
	// for a verified delivery, Fail its value for a forged one (answered
	// with a 200 all the same).
	Field, OK, Fail string
}

var restVerifiers = []RESTVerifier{{
	Provider: "PayPal", Path: "/v1/notifications/verify-webhook-signature",
	Field: "verification_status", OK: "SUCCESS", Fail: "FAILURE",
}}

// RESTVerifierOf: s, a string constant of the code (a URL, a path, or
// the tail of one), names a provider's remote verification endpoint.
func RESTVerifierOf(s string) *RESTVerifier {
	s = strings.TrimRight(strings.TrimSpace(s), "/")
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	for i := range restVerifiers {
		if p := restVerifiers[i].Path; strings.HasSuffix(s, p) || strings.HasSuffix(s, strings.TrimPrefix(p, "/")) && strings.Contains(s, "/") {
			return &restVerifiers[i]
		}
	}
	return nil
}
