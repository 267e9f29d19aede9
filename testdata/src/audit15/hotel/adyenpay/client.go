// Package adyenpay wraps the Adyen Checkout API for room deposits,
// incidentals holds, payment links and refunds.
package adyenpay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/google/uuid"

	"audit15/hotel/booking"
	"audit15/hotel/platform"
)

// Client talks to Adyen Checkout for one merchant account.
type Client struct {
	api        *checkout.APIClient
	merchant   string
	returnURL  string
	maxRetries int
}

// Option configures a Client.
type Option func(*Client)

// WithReturnURL sets the page guests land on after paying a link.
func WithReturnURL(u string) Option { return func(c *Client) { c.returnURL = u } }

// WithMaxRetries sets how often transient failures are retried.
func WithMaxRetries(n int) Option { return func(c *Client) { c.maxRetries = n } }

// New builds a Client.
func New(apiKey, merchant string, env common.Environment, opts ...Option) *Client {
	api := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	c := &Client{api: api.Checkout(), merchant: merchant, maxRetries: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

func amountOf(s *booking.Stay, minor int64) checkout.Amount {
	return checkout.Amount{Currency: s.Currency, Value: minor}
}

func transient(res *http.Response, err error) bool {
	if err == nil {
		return false
	}
	if res == nil {
		return true
	}
	return res.StatusCode == http.StatusTooManyRequests || res.StatusCode >= 500
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// depositInput builds the /payments call for a stay's deposit.
func (c *Client) depositInput(s *booking.Stay) checkout.PaymentsApiPaymentsInput {
	return c.api.PaymentsApi.PaymentsInput().
		IdempotencyKey(fmt.Sprintf("dep-%s-%s", s.Ref, uuid.NewString()[:8])).
		PaymentRequest(checkout.PaymentRequest{
			Amount:          amountOf(s, s.DepositMinor),
			MerchantAccount: c.merchant,
			Reference:       s.Ref,
		})
}

// AuthoriseDeposit authorises the room deposit on the guest's stored card
// and returns Adyen's pspReference.
func (c *Client) AuthoriseDeposit(ctx context.Context, s *booking.Stay) (string, error) {
	var lastErr error
	for attempt := 1; attempt <= c.maxRetries; attempt++ {
		res, httpRes, err := c.api.PaymentsApi.Payments(ctx, c.depositInput(s)) // want "\\[idempotency\\] adyen PaymentsApi.Payments is retried by a for loop \\(line 84\\) but depositInput makes a new idempotency key on every call"
		if err == nil {
			if deref(res.ResultCode) != "Authorised" {
				return "", fmt.Errorf("adyen: deposit %s: %s", s.Ref, deref(res.ResultCode))
			}
			return deref(res.PspReference), nil
		}
		if !transient(httpRes, err) {
			return "", err
		}
		lastErr = err
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", lastErr
}

// CaptureIncidentals captures the part of the incidentals hold that the
// folio used at check-out.
func (c *Client) CaptureIncidentals(ctx context.Context, s *booking.Stay, usedMinor int64) error {
	ref := "inc-" + s.Ref
	in := c.api.ModificationsApi.CaptureAuthorisedPaymentInput(s.PspReference).
		IdempotencyKey("capture-" + s.Ref).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{
			Amount:          amountOf(s, usedMinor),
			MerchantAccount: c.merchant,
			Reference:       &ref,
		})
	wait := time.Second
	var err error
	for attempt := 0; attempt < c.maxRetries; attempt++ {
		var httpRes *http.Response
		_, httpRes, err = c.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err == nil || !transient(httpRes, err) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}

// ChargeNoShow charges the no-show fee on the card stored at booking.
func (c *Client) ChargeNoShow(ctx context.Context, s *booking.Stay) (string, error) {
	in := c.api.PaymentsApi.PaymentsInput().PaymentRequest(checkout.PaymentRequest{
		Amount:          amountOf(s, s.NoShowFeeMinor),
		MerchantAccount: c.merchant,
		Reference:       "noshow-" + s.Ref,
	})
	res, httpRes, err := c.api.PaymentsApi.Payments(ctx, in)
	if err != nil {
		if httpRes != nil && httpRes.StatusCode < 500 && httpRes.StatusCode != http.StatusTooManyRequests {
			return "", platform.Permanent(fmt.Errorf("adyen: no-show %s rejected: %w", s.Ref, err))
		}
		return "", err
	}
	if deref(res.ResultCode) != "Authorised" {
		return "", platform.Permanent(fmt.Errorf("adyen: no-show %s: %s", s.Ref, deref(res.ResultCode)))
	}
	return deref(res.PspReference), nil
}

// RefundDeposit refunds a cancelled stay's captured deposit.
func (c *Client) RefundDeposit(ctx context.Context, s *booking.Stay) error {
	ref := "refund-" + s.Ref
	in := c.api.ModificationsApi.RefundCapturedPaymentInput(s.PspReference).
		IdempotencyKey(ref).
		PaymentRefundRequest(checkout.PaymentRefundRequest{
			Amount:          amountOf(s, s.DepositMinor),
			MerchantAccount: c.merchant,
			Reference:       &ref,
		})
	_, _, err := c.api.ModificationsApi.RefundCapturedPayment(ctx, in)
	return err
}

// ErrLinkExpired is returned when a guest let a payment link lapse.
var ErrLinkExpired = errors.New("adyen: payment link expired")
