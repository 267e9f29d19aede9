// Package payoutworker sends seller payouts that are still pending.
package payoutworker

import (
	"time"

	"github.com/go-resty/resty/v2"
)

// Gateway wraps the payout provider's REST API.
type Gateway struct {
	rc *resty.Client
}

// NewGateway configures a client that retries transient failures itself.
func NewGateway(baseURL, token string) *Gateway {
	rc := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(token).
		SetTimeout(20 * time.Second).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second).
		SetRetryMaxWaitTime(20 * time.Second)
	return &Gateway{rc: rc}
}

type payoutBody struct {
	SellerAccount string `json:"seller_account"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
}

// Send posts one payout with the given idempotency key.
func (g *Gateway) Send(p Payout, key string) error {
	resp, err := g.rc.R().
		SetHeader("Idempotency-Key", key).
		SetBody(payoutBody{SellerAccount: p.SellerAccount, Amount: p.Amount, Currency: p.Currency}).
		Post("/v1/payouts")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return errorFrom(resp)
	}
	return nil
}

// SendUnkeyed is the legacy path kept for the old marketplace.
func (g *Gateway) SendUnkeyed(p Payout) error {
	resp, err := g.rc.R(). // want "\\[idempotency\\] POST /v1/payouts is retried by the resty client with SetRetryCount.3. .line 17. without an idempotency key"
				SetBody(payoutBody{SellerAccount: p.SellerAccount, Amount: p.Amount, Currency: p.Currency}).
				Post("/v1/payouts")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return errorFrom(resp)
	}
	return nil
}

func errorFrom(resp *resty.Response) error { return &apiError{status: resp.StatusCode()} }

type apiError struct{ status int }

func (e *apiError) Error() string { return "payout api error" }
