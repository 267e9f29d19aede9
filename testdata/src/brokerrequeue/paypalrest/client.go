// Package paypalrest is an in-house PayPal REST client: every answer of
// 400 and up becomes an error, so its callers cannot tell a refused
// refund from a failing PayPal unless they read APIError.
package paypalrest

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

// Client calls the PayPal REST API with a bearer token.
type Client struct {
	BaseURL string
	Token   string
	HTTP    *http.Client
}

// APIError is a refused or failed call, with PayPal's status.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("paypal: status %d: %s", e.Status, e.Body) }

// RefundCapture refunds a capture in full, with no PayPal-Request-Id.
func (c *Client) RefundCapture(ctx context.Context, captureID string) error {
	url := fmt.Sprintf("%s/v2/payments/captures/%s/refund", c.BaseURL, captureID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString("{}"))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		return fmt.Errorf("refund of capture %s failed with status %d", captureID, res.StatusCode)
	}
	return nil
}

// RefundCaptureOnce refunds a capture in full under the PayPal-Request-Id
// the caller gives, and reports a refusal as an *APIError.
func (c *Client) RefundCaptureOnce(ctx context.Context, captureID, requestID string) error {
	url := fmt.Sprintf("%s/v2/payments/captures/%s/refund", c.BaseURL, captureID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewBufferString("{}"))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.Token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("PayPal-Request-Id", requestID)
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode >= 400 {
		return &APIError{Status: res.StatusCode}
	}
	return nil
}
