// Package refundattemptloop is a hand-written client for a pay-later
// provider's refunds, sent in attempt loops: some send every answer that
// is not the expected 2xx round again, some only 5xx and 429.
package refundattemptloop

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

type Money struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

type Client struct {
	base   string
	secret string
	http   *retryablehttp.Client
	plain  *http.Client
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*retryablehttp.Request, error) {
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.secret)
	return req, nil
}

// ---- mistakes: reported ----

// Refund sends the wrapped *http.Request with the plain client under
// the retrying one, and goes round on every answer but 201.
func (c *Client) Refund(ctx context.Context, paymentID, requestID string, amount Money) error {
	body := map[string]any{"requestId": requestID, "amount": amount}
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
		if err != nil {
			return err
		}
		resp, err := c.http.HTTPClient.Do(req.Request)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusCreated { // want `POST /v2/payments/\{\}/refund is retried by a for loop \(line \d+\): every non-2xx status is retried, including 400/404/422`
				return nil
			}
			last = fmt.Errorf("refund %s: status %d", paymentID, resp.StatusCode)
		} else {
			last = err
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return last
}

// RefundWithContext sends req.Request.WithContext(ctx) and goes round on
// every status of 300 and up.
func (c *Client) RefundWithContext(ctx context.Context, paymentID, requestID string, amount Money) error {
	body := map[string]any{"requestId": requestID, "amount": amount}
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRequest(context.Background(), http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
		if err != nil {
			return err
		}
		resp, err := c.plain.Do(req.Request.WithContext(ctx))
		if err != nil {
			time.Sleep(2 * time.Second)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 { // want `POST /v2/payments/\{\}/refund is retried by a for loop \(line \d+\): every non-2xx status is retried`
			time.Sleep(2 * time.Second)
			continue
		}
		return nil
	}
	return fmt.Errorf("refund %s: gave up", paymentID)
}

// ---- look-alikes: silent ----

// RefundTransient goes round only on 5xx and 429; any other answer is
// returned.
func (c *Client) RefundTransient(ctx context.Context, paymentID, requestID string, amount Money) error {
	body := map[string]any{"requestId": requestID, "amount": amount}
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
		if err != nil {
			return err
		}
		resp, err := c.http.HTTPClient.Do(req.Request)
		if err != nil {
			last = err
			time.Sleep(time.Duration(attempt+1) * time.Second)
			continue
		}
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusCreated:
			return nil
		case resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests:
			last = fmt.Errorf("refund %s: status %d", paymentID, resp.StatusCode)
			time.Sleep(time.Duration(attempt+1) * time.Second)
		default:
			return fmt.Errorf("refund %s refused: status %d", paymentID, resp.StatusCode)
		}
	}
	return last
}

// RefundOnce sends the wrapped request once: nothing retries it.
func (c *Client) RefundOnce(ctx context.Context, paymentID, requestID string, amount Money) error {
	body := map[string]any{"requestId": requestID, "amount": amount}
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/"+paymentID+"/refund", body)
	if err != nil {
		return err
	}
	resp, err := c.http.HTTPClient.Do(req.Request)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("refund %s: status %d", paymentID, resp.StatusCode)
	}
	return nil
}
