// Package refundclient refunds pay-later payments by hand over the plain
// *http.Client a go-retryablehttp client wraps: the request it sends is
// the *http.Request the retryablehttp request embeds (req.Request).
package refundclient

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

type Client struct {
	base string
	hc   *retryablehttp.Client
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*retryablehttp.Request, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// RefundEveryFailure sends the refund round again on every non-201
// answer: a 400 or 422 fails the same way each time.
func (c *Client) RefundEveryFailure(ctx context.Context, paymentID, requestID string) error {
	body := map[string]any{"requestId": requestID, "amount": map[string]string{"amount": "10.00", "currency": "AUD"}}
	var last error
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
		if err != nil {
			return err
		}
		resp, err := c.hc.HTTPClient.Do(req.Request)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want `POST /v2/payments/\{\}/refund is retried by a for loop \(line 36\): every non-2xx status is retried`
				return nil
			}
			last = fmt.Errorf("refund %s: status %d", paymentID, resp.StatusCode)
		} else {
			last = err
		}
		time.Sleep(time.Duration(attempt) * time.Second)
	}
	return last
}

// RefundServerErrors goes round only on 5xx and 429 and gives up on the
// other answers.
func (c *Client) RefundServerErrors(ctx context.Context, paymentID, requestID string) error {
	body := map[string]any{"requestId": requestID, "amount": map[string]string{"amount": "10.00", "currency": "AUD"}}
	for attempt := 1; attempt <= 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
		if err != nil {
			return err
		}
		resp, err := c.hc.HTTPClient.Do(req.Request)
		if err != nil {
			time.Sleep(time.Duration(attempt) * time.Second)
			continue
		}
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated:
			return nil
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			time.Sleep(time.Duration(attempt) * time.Second)
			continue
		}
		return fmt.Errorf("refund %s: status %d", paymentID, resp.StatusCode)
	}
	return errors.New("refund: gave up")
}
