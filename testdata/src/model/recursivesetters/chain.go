package recursivesetters

import (
	"net/http"
	"strings"
)

// Capture: three helpers down, the last sets the Idempotency-Key from
// the value handed down: found.
func Capture(c *http.Client, id string) (*http.Response, error) { // want `wrapper Capture write POST /v1/payment_intents/\{\}/capture keyparam=1 idparam=1`
	req, err := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/payment_intents/"+id+"/capture", strings.NewReader(""))
	if err != nil {
		return nil, err
	}
	withTenant(req, id)
	return c.Do(req) // want `op write POST /v1/payment_intents/\{\}/capture key=Idempotency-Key keyparam=1 id=id`
}

func withTenant(req *http.Request, key string) {
	req.Header.Set("X-Tenant", "shop")
	withAuth(req, key)
}

func withAuth(req *http.Request, key string) {
	req.Header.Set("Authorization", "Bearer sk_test")
	withKey(req, key)
}

func withKey(req *http.Request, key string) {
	req.Header.Set("Idempotency-Key", key)
}

// Payout: a chain of ten helpers, deeper than the model follows
// (maxSetterDepth): each link's search walks the rest of the chain again
// in each of its passes, three times more per link. Past the bound the
// request is taken to carry a key the model cannot see, so no rule calls
// it keyless.
func Payout(c *http.Client, id string) (*http.Response, error) { // want `wrapper Payout write\|create POST /v1/payouts haskey`
	req, err := http.NewRequest(http.MethodPost, "https://api.stripe.com/v1/payouts", strings.NewReader("amount=100"))
	if err != nil {
		return nil, err
	}
	link0(req, id)
	return c.Do(req) // want `op write\|create POST /v1/payouts key=a key set too deep to follow value=\?`
}

func link0(req *http.Request, v string) {
	req.Header.Set("X-Link-0", v)
	link1(req, v)
}

func link1(req *http.Request, v string) {
	req.Header.Set("X-Link-1", v)
	link2(req, v)
}

func link2(req *http.Request, v string) {
	req.Header.Set("X-Link-2", v)
	link3(req, v)
}

func link3(req *http.Request, v string) {
	req.Header.Set("X-Link-3", v)
	link4(req, v)
}

func link4(req *http.Request, v string) {
	req.Header.Set("X-Link-4", v)
	link5(req, v)
}

func link5(req *http.Request, v string) {
	req.Header.Set("X-Link-5", v)
	link6(req, v)
}

func link6(req *http.Request, v string) {
	req.Header.Set("X-Link-6", v)
	link7(req, v)
}

func link7(req *http.Request, v string) {
	req.Header.Set("X-Link-7", v)
	link8(req, v)
}

func link8(req *http.Request, v string) {
	req.Header.Set("X-Link-8", v)
	link9(req, v)
}

func link9(req *http.Request, v string) {
	req.Header.Set("X-Link-9", v)
}
