// Package pay: a payout service paying sellers' Lightning invoices
// through an lnd node's REST router (POST /v2/router/send) with a
// go-retryablehttp client.
package pay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

type sendRequest struct {
	PaymentRequest string `json:"payment_request"`
	TimeoutSeconds int    `json:"timeout_seconds"`
	FeeLimitSat    int64  `json:"fee_limit_sat"`
}

// anythingButOK retries every answer that is not 200: a 400 for an
// expired invoice is sent again and again.
func anythingButOK(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if err != nil {
		return ctx.Err() == nil, nil
	}
	if resp.StatusCode != http.StatusOK { // want `payment requests are retried by the retryablehttp client's CheckRetry \(line 24\): every non-2xx status is retried`
		return true, nil
	}
	return false, nil
}

// Router pays invoices through lnd's router.
type Router struct {
	hc   *retryablehttp.Client
	base string
}

// NewRouter configures the client in a literal.
func NewRouter(base string) *Router {
	return &Router{base: base, hc: &retryablehttp.Client{HTTPClient: http.DefaultClient, RetryMax: 5, CheckRetry: anythingButOK}}
}

// PaySeller pays a seller's invoice.
func (r *Router) PaySeller(ctx context.Context, invoice string) error {
	body, err := json.Marshal(sendRequest{PaymentRequest: invoice, TimeoutSeconds: 60, FeeLimitSat: 50})
	if err != nil {
		return err
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, r.base+"/v2/router/send", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("lnd router: %s", resp.Status)
	}
	return nil
}
