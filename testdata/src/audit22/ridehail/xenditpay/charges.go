// Package xenditpay wraps xendit-go for e-wallet charges (OVO, GoPay via
// Xendit, GCash) and driver payouts in Indonesia and the Philippines.
package xenditpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	xendit "github.com/xendit/xendit-go/v7"
	paymentrequest "github.com/xendit/xendit-go/v7/payment_request"

	"audit22/ridehail/platform"
)

// Client is our Xendit facade.
type Client struct {
	api     *xendit.APIClient
	log     *slog.Logger
	policy  platform.RetryPolicy
	pollGap time.Duration
}

// Option configures a Client.
type Option func(*Client)

// WithRetryPolicy overrides the retry policy of charges.
func WithRetryPolicy(p platform.RetryPolicy) Option { return func(c *Client) { c.policy = p } }

// WithPollEvery sets the status poll interval.
func WithPollEvery(d time.Duration) Option { return func(c *Client) { c.pollGap = d } }

// New builds a client from a secret key.
func New(secretKey string, log *slog.Logger, opts ...Option) *Client {
	c := &Client{api: xendit.NewClient(secretKey), log: log, policy: platform.DefaultPolicy, pollGap: 3 * time.Second}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Charge is what the billing service asks for.
type Charge struct {
	PaymentID string
	Channel   string // ID_OVO, ID_GOPAY, PH_GCASH
	Phone     string
	Currency  string
	Amount    float64
	ReturnURL string
}

// chargeRequest builds the payment request call for one charge.
func (c *Client) chargeRequest(ctx context.Context, ch Charge) paymentrequest.ApiCreatePaymentRequestRequest {
	ref := ch.PaymentID
	amount := ch.Amount
	return c.api.PaymentRequestApi.CreatePaymentRequest(ctx).
		IdempotencyKey(ch.PaymentID + ":" + uuid.NewString()).
		PaymentRequestParameters(paymentrequest.PaymentRequestParameters{ReferenceId: &ref, Amount: &amount})
}

// ChargeEWallet starts an e-wallet charge and answers Xendit's id.
func (c *Client) ChargeEWallet(ctx context.Context, ch Charge) (string, error) {
	return platform.DoValue(ctx, c.policy, func() (string, error) {
		pr, resp, xerr := c.chargeRequest(ctx, ch).Execute() // want "\\[idempotency\\] xendit PaymentRequestApi\\.CreatePaymentRequest is retried by platform\\.DoValue"
		if xerr != nil {
			return "", classify(resp, fmt.Errorf("xendit charge %s: %w", ch.PaymentID, xerr))
		}
		return pr.Id, nil
	})
}

// classify stops the retry on answers that will not change: every 4xx
// except 429.
func classify(resp *http.Response, err error) error {
	if resp != nil && resp.StatusCode >= 400 && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
		return backoff.Permanent(err)
	}
	return err
}

// Status reads a payment request.
func (c *Client) Status(ctx context.Context, id string) (*paymentrequest.PaymentRequest, error) {
	pr, _, xerr := c.api.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
	if xerr != nil {
		return nil, xerr
	}
	return pr, nil
}

// Settled reports whether a payment request will not change any more.
func Settled(pr *paymentrequest.PaymentRequest) bool {
	switch pr.Status {
	case paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED,
		paymentrequest.PAYMENTREQUESTSTATUS_FAILED,
		paymentrequest.PAYMENTREQUESTSTATUS_EXPIRED:
		return true
	}
	return false
}

// WaitCharge blocks until the charge is settled. Used by the kiosk flow at
// airport pick-up points, where the rider waits at the counter.
func (c *Client) WaitCharge(ctx context.Context, id string) (*paymentrequest.PaymentRequest, error) {
	p := platform.Poller[*paymentrequest.PaymentRequest]{
		Every: c.pollGap,
		Fetch: func(ctx context.Context) (*paymentrequest.PaymentRequest, error) { return c.Status(ctx, id) },
		Done:  Settled,
	}
	pr := p.Until(ctx) // want "\\[pollbound\\] platform.Poller.Until polling payment id has no bound"
	if pr.Status != paymentrequest.PAYMENTREQUESTSTATUS_SUCCEEDED {
		return pr, fmt.Errorf("charge %s ended %s", id, pr.Status)
	}
	return pr, nil
}

// ErrStillPending is answered by AwaitCharge when the wait ran out.
var ErrStillPending = errors.New("xendit: charge still pending")

// AwaitCharge waits up to max for the charge; ErrStillPending when it is
// not settled by then.
func (c *Client) AwaitCharge(ctx context.Context, id string, max time.Duration) (*paymentrequest.PaymentRequest, error) {
	read := func(ctx context.Context) (*paymentrequest.PaymentRequest, error) { return c.Status(ctx, id) }
	pr, done, err := platform.WaitFor(ctx, c.pollGap, max, read, Settled)
	if err != nil {
		return nil, err
	}
	if !done {
		return pr, ErrStillPending
	}
	return pr, nil
}
