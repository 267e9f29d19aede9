// Package paypalcapture captures approved PayPal orders.
package paypalcapture

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/plutov/paypal/v4"
)

// Capturer is created by the order module with the shop's PayPal client.
type Capturer struct {
	pp   *paypal.Client
	opts []retry.Option
}

// Option tunes a Capturer.
type Option func(*Capturer)

// WithRetryOptions replaces the default retry options.
func WithRetryOptions(o ...retry.Option) Option { return func(c *Capturer) { c.opts = o } }

// NewCapturer defaults to 3 attempts, exponential from 1s.
func NewCapturer(pp *paypal.Client, options ...Option) *Capturer {
	c := &Capturer{pp: pp, opts: []retry.Option{retry.Attempts(3), retry.Delay(time.Second)}}
	for _, o := range options {
		o(c)
	}
	return c
}

// CaptureFast captures right after the buyer approves; the UI is waiting.
func (c *Capturer) CaptureFast(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	return retry.DoWithData(func() (*paypal.CaptureOrderResponse, error) {
		return c.pp.CaptureOrder(ctx, orderID, paypal.CaptureOrderRequest{}) // want "\\[idempotency\\] paypal Client.CaptureOrder is retried by retry.DoWithData .line 37. without an idempotency key" "\\[retrybackoff\\] paypal Client.CaptureOrder is retried by retry.DoWithData .line 37. with no wait between attempts"
	}, retry.Attempts(5), retry.Delay(0), retry.Context(ctx))
}

// Capture uses PayPal-Request-Id so a replay returns the first capture.
func (c *Capturer) Capture(ctx context.Context, orderID string) (*paypal.CaptureOrderResponse, error) {
	requestID := "capture-" + orderID
	opts := append([]retry.Option{retry.Context(ctx), retry.RetryIf(transient)}, c.opts...)
	return retry.DoWithData(func() (*paypal.CaptureOrderResponse, error) {
		return c.pp.CaptureOrderWithPaypalRequestId(ctx, orderID, paypal.CaptureOrderRequest{}, requestID, nil)
	}, opts...)
}

// ErrorResponse mirrors the error body PayPal sends.
type ErrorResponse struct {
	Response *http.Response
	Name     string
}

func (e *ErrorResponse) Error() string { return e.Name }

// transient keeps 4xx (other than 429) out of the retry.
func transient(err error) bool {
	var er *ErrorResponse
	if errors.As(err, &er) && er.Response != nil {
		s := er.Response.StatusCode
		return s == http.StatusTooManyRequests || s >= 500
	}
	return true
}
