// Package psp is a mobile-money provider's client whose every call first
// fetches an OAuth access token, then posts to the API.
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
)

type Client struct {
	hc   *http.Client
	base string
}

// accessToken fetches a bearer token (one more request before each call).
func (c *Client) accessToken(ctx context.Context) (string, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/oauth/v1/generate", nil)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ AccessToken string }
	return out.AccessToken, json.NewDecoder(resp.Body).Decode(&out)
}

// post sends one authenticated API call.
func (c *Client) post(ctx context.Context, path string, in, out any) error {
	tok, err := c.accessToken(ctx)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(in)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

type PushResponse struct{ CheckoutRequestID string }

// Push asks the buyer's phone to pay (a payment write).
func (c *Client) Push(ctx context.Context, phone string, amount int, ref string) (*PushResponse, error) {
	var out PushResponse
	err := c.post(ctx, "/stkpush/v1/processrequest", map[string]any{"Amount": amount, "PhoneNumber": phone, "AccountReference": ref}, &out)
	return &out, err
}

type QueryResponse struct{ ResultCode string }

// Query reads the result of one push (a status read).
func (c *Client) Query(ctx context.Context, checkoutRequestID string) (*QueryResponse, error) {
	var out QueryResponse
	err := c.post(ctx, "/stkpushquery/v1/query", map[string]string{"CheckoutRequestID": checkoutRequestID}, &out)
	return &out, err
}
