// Package cardpay takes card payments for bills through Adyen Checkout:
// stored-card autopay charges and hosted pay-by-link pages.
package cardpay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"

	"audit11/utilities/billing"
)

const refundRetryDelay = 300 * time.Millisecond

// Client wraps the Adyen Checkout API for the billing backend.
type Client struct {
	api          *adyen.APIClient
	merchant     string
	linkPollWait time.Duration
}

// Option configures a Client.
type Option func(*Client)

// WithLinkPollInterval sets how often WaitForLink reads a payment link.
func WithLinkPollInterval(d time.Duration) Option { return func(c *Client) { c.linkPollWait = d } }

func New(apiKey, merchant string, env common.Environment, opts ...Option) *Client {
	c := &Client{
		api:          adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env}),
		merchant:     merchant,
		linkPollWait: 5 * time.Second,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// HTTPError carries the HTTP status of a failed Adyen call.
type HTTPError struct {
	Status int
	Err    error
}

func (e *HTTPError) Error() string { return fmt.Sprintf("adyen: %d: %v", e.Status, e.Err) }
func (e *HTTPError) Unwrap() error { return e.Err }

// Retryable reports whether an error from this package may succeed if sent again.
func Retryable(err error) bool {
	var he *HTTPError
	if errors.As(err, &he) {
		return he.Status == http.StatusTooManyRequests || he.Status >= 500
	}
	return true
}

func wrap(res *http.Response, err error) error {
	if err == nil {
		return nil
	}
	if res != nil {
		return &HTTPError{Status: res.StatusCode, Err: err}
	}
	return err
}

// Charge sends one card payment for a bill with the caller's idempotency key.
func (c *Client) Charge(ctx context.Context, b *billing.Bill, key string) (*checkout.PaymentResponse, error) {
	payments := c.api.Checkout().PaymentsApi
	in := payments.PaymentsInput().IdempotencyKey(key).PaymentRequest(checkout.PaymentRequest{
		Amount:          checkout.Amount{Currency: b.Currency, Value: b.Total()},
		MerchantAccount: c.merchant,
		Reference:       b.ID,
	})
	res, httpRes, err := payments.Payments(ctx, in)
	if err != nil {
		return nil, wrap(httpRes, err)
	}
	return &res, nil
}

// CreatePayLink creates the hosted payment page of a bill.
func (c *Client) CreatePayLink(ctx context.Context, b *billing.Bill) (checkout.PaymentLinkResponse, error) {
	links := c.api.Checkout().PaymentLinksApi
	in := links.PaymentLinksInput().IdempotencyKey("paylink-" + b.ID + "-" + b.Period).
		PaymentLinkRequest(checkout.PaymentLinkRequest{
			Amount:          checkout.Amount{Currency: b.Currency, Value: b.Total()},
			MerchantAccount: c.merchant,
			Reference:       b.ID,
		})
	res, httpRes, err := links.PaymentLinks(ctx, in)
	return res, wrap(httpRes, err)
}

// PayLinkStatus reads the current status of a payment link.
func (c *Client) PayLinkStatus(ctx context.Context, linkID string) (string, error) {
	links := c.api.Checkout().PaymentLinksApi
	res, httpRes, err := links.GetPaymentLink(ctx, links.GetPaymentLinkInput(linkID))
	if err != nil {
		return "", wrap(httpRes, err)
	}
	return res.Status, nil
}

var ErrLinkExpired = errors.New("cardpay: payment link expired")

// WaitForLink blocks until the customer has paid on the hosted page or the
// link expired.
func (c *Client) WaitForLink(ctx context.Context, linkID string) (string, error) {
	links := c.api.Checkout().PaymentLinksApi
	for { // want "\\[pollbound\\] loop polling payment linkID has no bound"
		res, _, err := links.GetPaymentLink(ctx, links.GetPaymentLinkInput(linkID))
		if err != nil {
			time.Sleep(c.linkPollWait)
			continue
		}
		switch res.Status {
		case "completed", "paid":
			return res.Status, nil
		case "expired":
			return res.Status, ErrLinkExpired
		}
		time.Sleep(c.linkPollWait)
	}
}

// Refund returns part of a captured card payment (an overpaid bill).
func (c *Client) Refund(ctx context.Context, pspRef, refundID string, amount checkout.Amount) error {
	mods := c.api.Checkout().ModificationsApi
	ref := refundID
	in := mods.RefundCapturedPaymentInput(pspRef).IdempotencyKey("ovp-" + refundID).
		PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: amount, MerchantAccount: c.merchant, Reference: &ref})
	var err error
	for attempt := 1; attempt <= 4; attempt++ {
		var httpRes *http.Response
		_, httpRes, err = mods.RefundCapturedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi.RefundCapturedPayment is retried by a for loop .* every 300ms, a fixed wait that does not grow"
		if err == nil {
			return nil
		}
		if httpRes == nil || httpRes.StatusCode == http.StatusTooManyRequests || httpRes.StatusCode >= 500 {
			time.Sleep(refundRetryDelay)
			continue
		}
		return wrap(httpRes, err)
	}
	return err
}
