// Package adyenpay wraps the Adyen Checkout API for deposits and guarantees.
package adyenpay

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
)

// Config is read from the environment at start-up.
type Config struct {
	APIKey          string
	MerchantAccount string
	Live            bool
}

// Client charges deposits against a stored card.
type Client struct {
	api      *checkout.APIClient
	merchant string
}

// New builds the client once at start-up.
func New(cfg Config) *Client {
	env := common.Environment("TEST")
	if cfg.Live {
		env = "LIVE"
	}
	c := adyen.NewClient(&common.Config{ApiKey: cfg.APIKey, MerchantAccount: cfg.MerchantAccount, Environment: env})
	return &Client{api: c.Checkout(), merchant: cfg.MerchantAccount}
}

var errTransient = errors.New("adyen: transient failure")

// withRetry runs fn up to three times, waiting between attempts.
func withRetry(ctx context.Context, fn func() (*http.Response, error)) error {
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := fn()
		if err == nil && resp.StatusCode == http.StatusOK {
			return nil
		}
		last = errTransient
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	return last
}

// ChargeDeposit takes the first night's deposit for a booking.
func (c *Client) ChargeDeposit(ctx context.Context, bookingRef string, minor int64, currency string) error {
	return withRetry(ctx, func() (*http.Response, error) {
		req := c.api.PaymentsApi.PaymentsInput().PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: currency, Value: minor},
			MerchantAccount: c.merchant,
			Reference:       bookingRef,
		})
		_, resp, err := c.api.PaymentsApi.Payments(ctx, req) // want "\\[idempotency\\] .*adyen PaymentsApi.Payments is retried by withRetry" "\\[retrybackoff\\] .*adyen PaymentsApi.Payments is retried by withRetry \\(line 60\\) every 200ms"
		return resp, err                                     // want "\\[retrystatus\\] .*every non-2xx status is retried"
	})
}

// ChargeGuarantee charges a guaranteed booking's card with a key made from the booking.
func (c *Client) ChargeGuarantee(ctx context.Context, bookingRef string, minor int64, currency string) error {
	key := "guarantee-" + bookingRef
	return withRetry(ctx, func() (*http.Response, error) {
		req := c.api.PaymentsApi.PaymentsInput().IdempotencyKey(key).PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: currency, Value: minor},
			MerchantAccount: c.merchant,
			Reference:       bookingRef,
		})
		_, resp, err := c.api.PaymentsApi.Payments(ctx, req) // want "\\[retrybackoff\\] .*retried by withRetry \\(line 74\\) every 200ms"
		return resp, err                                     // want "\\[retrystatus\\] .*every non-2xx status is retried"
	})
}
