package rzp

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
)

// PayoutsClient is a small RazorpayX client: the Go SDK does not cover
// payouts, so we call the REST API ourselves.
type PayoutsClient struct {
	http    *resty.Client
	reads   *resty.Client
	account string
}

// PayoutsOption configures the client.
type PayoutsOption func(*PayoutsClient)

// WithTimeout sets the HTTP timeout of both clients.
func WithTimeout(d time.Duration) PayoutsOption {
	return func(c *PayoutsClient) {
		c.http.SetTimeout(d)
		c.reads.SetTimeout(d)
	}
}

// NewPayoutsClient configures the RazorpayX client.
func NewPayoutsClient(keyID, secret, account string, opts ...PayoutsOption) *PayoutsClient {
	base := "https://api.razorpay.com"
	c := &PayoutsClient{
		http: resty.New().
			SetBaseURL(base).
			SetHeader("Content-Type", "application/json").
			SetRetryCount(3).
			SetRetryWaitTime(time.Second).
			SetRetryMaxWaitTime(8 * time.Second),
		reads:   resty.New().SetBaseURL(base),
		account: account,
	}
	c.http.SetHeaders(map[string]string{"Authorization": basic(keyID, secret)})
	c.reads.SetHeaders(map[string]string{"Authorization": basic(keyID, secret)})
	for _, o := range opts {
		o(c)
	}
	return c
}

// PayoutRequest is one driver payout over IMPS/UPI.
type PayoutRequest struct {
	AccountNumber string `json:"account_number"`
	FundAccountID string `json:"fund_account_id"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	Mode          string `json:"mode"`
	Purpose       string `json:"purpose"`
	ReferenceID   string `json:"reference_id"`
	Narration     string `json:"narration"`
}

// PayoutResponse is RazorpayX's payout entity.
type PayoutResponse struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	UTR    string `json:"utr"`
}

// Create sends a payout to a driver's fund account.
func (c *PayoutsClient) Create(ctx context.Context, fundAccount, cashoutID string, paise int64) (*PayoutResponse, error) {
	var out PayoutResponse
	resp, err := c.http.R(). // want "\\[idempotency\\] POST /v1/payouts is retried by the resty client with SetRetryCount\\(3\\) \\(line"
					SetContext(ctx).
					SetBody(PayoutRequest{
			AccountNumber: c.account,
			FundAccountID: fundAccount,
			Amount:        paise,
			Currency:      "INR",
			Mode:          "UPI",
			Purpose:       "payout",
			ReferenceID:   cashoutID,
			Narration:     "Ridehail earnings",
		}).
		SetResult(&out).
		Post("/v1/payouts") // audit: reported at payouts.go:75 (idempotency, the chain's first line; a second report at cashout/worker.go:84, where asynq redelivers the task, counted once): c.http retries the POST up to 3 times (SetRetryCount in NewPayoutsClient) and no X-Payout-Idempotency header is set; reference_id does not dedupe at RazorpayX (also arguable at cashout/worker.go, where asynq redelivers the task to this call)
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("razorpayx payout: %s", resp.Status())
	}
	return &out, nil
}

// Get reads a payout, retrying with backoff while RazorpayX is unwell.
func (c *PayoutsClient) Get(ctx context.Context, payoutID string) (*PayoutResponse, error) {
	var out PayoutResponse
	op := func() error {
		resp, err := c.reads.R().SetContext(ctx).SetResult(&out).Get("/v1/payouts/" + payoutID)
		if err != nil {
			return err
		}
		if resp.StatusCode() != http.StatusOK { // want "\\[retrystatus\\] GET /v1/payouts/\\{\\} is retried by backoff\\.Retry \\(line 112\\): every non-2xx"
			return fmt.Errorf("razorpayx get payout %s: %s", payoutID, resp.Status())
		}
		return nil
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	if err := backoff.Retry(op, b); err != nil {
		return nil, err
	}
	return &out, nil
}

func basic(id, secret string) string {
	req, _ := http.NewRequest(http.MethodGet, "/", nil)
	req.SetBasicAuth(id, secret)
	return req.Header.Get("Authorization")
}
