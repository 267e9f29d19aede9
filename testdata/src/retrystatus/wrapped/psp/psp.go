// Package psp is an in-house client of a card processor: its methods turn
// every 4xx/5xx answer into an *HTTPError carrying the status (or into a
// plain error), and callers in other packages retry them.
package psp

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

// HTTPError is a non-2xx answer.
type HTTPError struct {
	Code int
	Body string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("psp: %d", e.Code) }

type Client struct {
	Base string
	HC   *http.Client
}

// Capture returns an *HTTPError for every answer but 200.
func (c *Client) Capture(ctx context.Context, id, key string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments/"+id+"/capture", nil)
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		he := &HTTPError{}
		he.Code = resp.StatusCode
		return he
	}
	return nil
}

// Refund returns a plain error for every status class but 2xx.
func (c *Client) Refund(ctx context.Context, id, key string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/refunds", bytes.NewReader([]byte(id)))
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("refund %s: status %d", id, resp.StatusCode)
	}
	return nil
}

// Void answers nil for a 404 (already voided): not every 4xx is an error.
func (c *Client) Void(ctx context.Context, id, key string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments/"+id+"/void", nil)
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil
	}
	if resp.StatusCode >= 400 {
		return &HTTPError{Code: resp.StatusCode}
	}
	return nil
}

// Settle builds its error with a helper that may answer nil.
func (c *Client) Settle(ctx context.Context, id, key string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/settlements", bytes.NewReader([]byte(id)))
	req.Header.Set("Idempotency-Key", key)
	resp, err := c.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return errorOf(resp)
	}
	return nil
}

func errorOf(resp *http.Response) error {
	if resp.StatusCode == http.StatusConflict {
		return nil
	}
	return &HTTPError{Code: resp.StatusCode}
}

// Post sends body to url and hands back the response as it came.
func (c *Client) Post(ctx context.Context, url string, body []byte, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	return c.HC.Do(req)
}
