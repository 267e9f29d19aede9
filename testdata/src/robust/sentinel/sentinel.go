// Package sentinel: a wrapper that errs on every 4xx/5xx of a payment API,
// whose caller answers its failure with a sentinel error of its own rather
// than the error it got (return nil, ErrCharge), or keeps the error in a
// field (…, c.last = c.post(…)). Reading either as a forwarded status
// error once dereferenced a nil call.
package sentinel

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
)

var ErrCharge = errors.New("charge failed")

type Client struct {
	hc   *http.Client
	base string
	last error
}

func (c *Client) post(path string, body []byte) (*http.Response, error) {
	resp, err := c.hc.Post(c.base+path, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, fmt.Errorf("payments: status %d", resp.StatusCode)
	}
	return resp, nil
}

func (c *Client) Charge(body []byte) (*http.Response, error) {
	resp, err := c.post("/v1/charges", body)
	if err != nil {
		return nil, ErrCharge
	}
	return resp, nil
}

func (c *Client) Refund(body []byte) (*http.Response, error) {
	var resp *http.Response
	resp, c.last = c.post("/v1/refunds", body)
	if c.last != nil {
		return nil, c.last
	}
	return resp, nil
}
