package billing

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"
)

// Settlement is the body of POST /v1/settlements; the provider makes
// creation idempotent through the idempotency_key field.
type Settlement struct {
	IdempotencyKey string `json:"idempotency_key"`
	PaymentID      string `json:"payment_id"`
	AmountCents    int64  `json:"amount"`
}

// Refund is the body of POST /v1/refunds.
type Refund struct {
	PaymentID   string `json:"payment_id"`
	AmountCents int64  `json:"amount"`
	Reason      string `json:"reason"`
}

// Ops sends back-office operations through HTTP clients that retry on
// their own.
type Ops struct {
	BaseURL string
	APIKey  string
	retry   *retryablehttp.Client
	rest    *resty.Client
}

// NewOps builds the retrying clients.
func NewOps(baseURL, apiKey string) *Ops {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 4
	rc.RetryWaitMin = 2 * time.Second
	rest := resty.New().
		SetBaseURL(baseURL).
		SetAuthToken(apiKey).
		SetRetryCount(3).
		SetRetryWaitTime(2 * time.Second)
	return &Ops{BaseURL: baseURL, APIKey: apiKey, retry: rc, rest: rest}
}

// Settle creates a settlement; the retrying client re-sends the same body,
// and its idempotency_key is derived from the payment.
func (o *Ops) Settle(ctx context.Context, paymentID string, amount int64) error {
	s := Settlement{IdempotencyKey: "settle-" + paymentID, PaymentID: paymentID, AmountCents: amount}
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", o.BaseURL+"/v1/settlements", mustJSON(s))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+o.APIKey)
	resp, err := o.retry.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("settlement %s: %s", paymentID, resp.Status)
	}
	return nil
}

// RefundPayment refunds through the retrying client with no idempotency
// key: a retried refund can pay the customer back twice.
func (o *Ops) RefundPayment(ctx context.Context, r Refund) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, "POST", o.BaseURL+"/v1/refunds", mustJSON(r))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+o.APIKey)
	resp, err := o.retry.Do(req) // paylint: expect idempotency
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("refund %s: %s", r.PaymentID, resp.Status)
	}
	return nil
}

// Capture captures an authorised payment through resty, which retries it
// up to three times, without an idempotency key.
func (o *Ops) Capture(ctx context.Context, paymentID string) error {
	// paylint: expect idempotency
	resp, err := o.rest.R().
		SetContext(ctx).
		SetBody(map[string]string{"payment_id": paymentID}).
		Post("/v1/payments/" + paymentID + "/capture")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("capture %s: %s", paymentID, resp.Status())
	}
	return nil
}

// Payout sends a payout through resty with a key made once from the
// payout id, so resty's retries all carry the same key.
func (o *Ops) Payout(ctx context.Context, payoutID string, amount int64) error {
	resp, err := o.rest.R().
		SetContext(ctx).
		SetHeader("Idempotency-Key", "payout-"+payoutID).
		SetBody(map[string]any{"payout_id": payoutID, "amount": amount}).
		Post("/v1/payouts")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("payout %s: %s", payoutID, resp.Status())
	}
	return nil
}

// ListPayments reads through resty's retries: GETs are safe.
func (o *Ops) ListPayments(ctx context.Context, orderID string) ([]Payment, error) {
	var out []Payment
	resp, err := o.rest.R().SetContext(ctx).SetQueryParam("order_id", orderID).SetResult(&out).Get("/v1/payments")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("list payments: %s", resp.Status())
	}
	return out, nil
}
