// Package adyenpay wraps the Adyen Checkout API for card payments: day
// passes and meeting rooms, office deposits, refunds of cancelled bookings.
package adyenpay

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/avast/retry-go/v4"
)

type Client struct {
	api      *checkout.APIClient
	merchant string
	returnTo string
	log      *slog.Logger
	attempts uint
}

type Option func(*Client)

func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }
func WithAttempts(n uint) Option       { return func(c *Client) { c.attempts = n } }

func New(apiKey, merchant, env, returnTo string, opts ...Option) *Client {
	c := &Client{
		api: adyen.NewClient(&common.Config{
			ApiKey:          apiKey,
			MerchantAccount: merchant,
			Environment:     common.Environment(env),
		}).Checkout(),
		merchant: merchant,
		returnTo: returnTo,
		log:      slog.Default(),
		attempts: 3,
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Session is what the drop-in on the booking page needs.
type Session struct {
	ID   string
	Data string
}

// StartSession opens a Checkout session for a booking.
func (c *Client) StartSession(ctx context.Context, bookingID, country string, amountMinor int64, currency string) (*Session, error) {
	req := checkout.CreateCheckoutSessionRequest{
		Amount:          checkout.Amount{Currency: currency, Value: amountMinor},
		CountryCode:     &country,
		MerchantAccount: c.merchant,
		Reference:       bookingID,
		ReturnUrl:       c.returnTo + "/bookings/" + bookingID + "/return",
	}
	key := "session-" + bookingID
	res, err := retry.DoWithData(func() (checkout.CreateCheckoutSessionResponse, error) {
		out, httpResp, err := c.api.PaymentsApi.Sessions(ctx, c.api.PaymentsApi.SessionsInput().IdempotencyKey(key).CreateCheckoutSessionRequest(req)) // audit: lookalike idempotency: key derived from the booking id once, outside the retry; every attempt sends the same one
		if err != nil && httpResp != nil && httpResp.StatusCode < 500 && httpResp.StatusCode != http.StatusTooManyRequests {
			return out, retry.Unrecoverable(err)
		}
		return out, err
	}, retry.Context(ctx), retry.Attempts(c.attempts), retry.Delay(time.Second), retry.DelayType(retry.BackOffDelay))
	if err != nil {
		return nil, fmt.Errorf("adyen session for %s: %w", bookingID, err)
	}
	data := ""
	if res.SessionData != nil {
		data = *res.SessionData
	}
	return &Session{ID: res.Id, Data: data}, nil
}

// CaptureDeposit takes (part of) a held office deposit, e.g. for damage
// found at move-out.
func (c *Client) CaptureDeposit(ctx context.Context, depositID, pspRef string, amountMinor int64, currency string) (string, error) {
	ref := "capture-" + depositID
	in := c.api.ModificationsApi.CaptureAuthorisedPaymentInput(pspRef).
		IdempotencyKey(ref).
		PaymentCaptureRequest(checkout.PaymentCaptureRequest{
			Amount:          checkout.Amount{Currency: currency, Value: amountMinor},
			MerchantAccount: c.merchant,
			Reference:       &ref,
		})
	var lastErr error
	for attempt := 1; attempt <= int(c.attempts); attempt++ {
		res, httpResp, err := c.api.ModificationsApi.CaptureAuthorisedPayment(ctx, in)
		if err == nil && httpResp != nil && httpResp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] adyen ModificationsApi\\.CaptureAuthorisedPayment is retried by a for loop"
			return res.Status, nil
		}
		lastErr = err
		if httpResp != nil && httpResp.StatusCode != http.StatusCreated { // audit: reported at adyenpay/client.go:97, the retried call (retrystatus): every non-201 answer, 422 "payment already captured/cancelled" and 403 included, is sent round again
			c.log.Warn("deposit capture rejected, retrying", "deposit", depositID, "status", httpResp.StatusCode)
		}
		time.Sleep(time.Duration(attempt) * 2 * time.Second)
	}
	return "", fmt.Errorf("capture deposit %s: %w", depositID, lastErr)
}

var errTransient = errors.New("adyen: transient")

// Refund returns a cancelled booking's payment to the card.
func (c *Client) Refund(ctx context.Context, pspRef, bookingID string, amountMinor int64, currency string) (string, error) {
	var pspRefund string
	err := retry.Do(func() error {
		res, httpResp, err := c.api.ModificationsApi.RefundCapturedPayment(ctx, // want "\\[idempotency\\] adyen ModificationsApi\\.RefundCapturedPayment is retried by retry\\.Do \\(line"
			c.api.ModificationsApi.RefundCapturedPaymentInput(pspRef).PaymentRefundRequest(checkout.PaymentRefundRequest{
				Amount:          checkout.Amount{Currency: currency, Value: amountMinor},
				MerchantAccount: c.merchant,
				Reference:       &bookingID,
			}))
		if err != nil {
			if httpResp != nil && (httpResp.StatusCode == http.StatusTooManyRequests || httpResp.StatusCode >= 500) {
				return errTransient
			}
			if httpResp == nil {
				return errTransient
			}
			return retry.Unrecoverable(err)
		}
		pspRefund = res.PaymentPspReference
		return nil
	}, retry.Context(ctx), retry.Attempts(c.attempts), retry.Delay(time.Second), retry.DelayType(retry.BackOffDelay))
	return pspRefund, err
}
