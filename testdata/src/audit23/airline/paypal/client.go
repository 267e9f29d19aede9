// Package paypal is a small client for PayPal Orders v2 and webhooks.
package paypal

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

type Client struct {
	base      string
	clientID  string
	secret    string
	webhookID string
	hc        *retryablehttp.Client

	mu      sync.Mutex
	token   string
	expires time.Time
}

type Option func(*Client)

func WithWebhookID(id string) Option { return func(c *Client) { c.webhookID = id } }

// WithRetries sets how many times a failed call is sent again.
func WithRetries(n int) Option { return func(c *Client) { c.hc.RetryMax = n } }

func New(base, clientID, secret string, opts ...Option) *Client {
	hc := retryablehttp.NewClient()
	hc.RetryMax = 3
	hc.RetryWaitMin = time.Second
	hc.RetryWaitMax = 15 * time.Second
	hc.CheckRetry = retryPolicy
	hc.HTTPClient = &http.Client{Timeout: 20 * time.Second}
	c := &Client{base: base, clientID: clientID, secret: secret, hc: hc}
	for _, o := range opts {
		o(c)
	}
	return c
}

func retryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		return true, nil
	}
	return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500, nil // audit: lookalike retrystatus: only 429 and 5xx are sent again
}

func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && time.Now().Before(c.expires) {
		return c.token, nil
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/oauth2/token",
		bytes.NewBufferString("grant_type=client_credentials"))
	if err != nil {
		return "", err
	}
	req.SetBasicAuth(c.clientID, c.secret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	c.token = out.AccessToken
	c.expires = time.Now().Add(time.Duration(out.ExpiresIn-60) * time.Second)
	return c.token, nil
}

// APIError is a non-2xx answer.
type APIError struct {
	Status int
	Body   string
}

func (e *APIError) Error() string { return fmt.Sprintf("paypal: %d: %s", e.Status, e.Body) }

func (c *Client) do(ctx context.Context, method, path string, body any, headers map[string]string, out any) error {
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			return err
		}
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, raw)
	if err != nil {
		return err
	}
	tok, err := c.accessToken(ctx)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return &APIError{Status: resp.StatusCode, Body: string(b)}
	}
	if out != nil {
		return json.Unmarshal(b, out)
	}
	return nil
}

type Money struct {
	CurrencyCode string `json:"currency_code"`
	Value        string `json:"value"`
}

type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Links  []struct {
		Href string `json:"href"`
		Rel  string `json:"rel"`
	} `json:"links"`
}

// ApproveURL is where the passenger is sent to approve the order.
func (o *Order) ApproveURL() string {
	for _, l := range o.Links {
		if l.Rel == "approve" || l.Rel == "payer-action" {
			return l.Href
		}
	}
	return ""
}

// CreateOrder opens an order for a booking.
func (c *Client) CreateOrder(ctx context.Context, pnr string, amount Money, returnURL, cancelURL string) (*Order, error) {
	body := map[string]any{
		"intent": "CAPTURE",
		"purchase_units": []map[string]any{{
			"reference_id": pnr,
			"custom_id":    pnr,
			"amount":       amount,
		}},
		"payment_source": map[string]any{"paypal": map[string]any{"experience_context": map[string]any{
			"return_url": returnURL,
			"cancel_url": cancelURL,
		}}},
	}
	var o Order
	err := c.do(ctx, http.MethodPost, "/v2/checkout/orders", body,
		map[string]string{"PayPal-Request-Id": "order-" + pnr}, &o) // audit: lookalike idempotency: PayPal-Request-Id is the PNR, the same on every retry the client makes
	return &o, err
}

// CaptureOrder captures an approved order.
func (c *Client) CaptureOrder(ctx context.Context, orderID string) (*Order, error) {
	var o Order
	err := c.do(ctx, http.MethodPost, "/v2/checkout/orders/"+orderID+"/capture", struct{}{}, nil, &o) // want "\\[idempotency\\] POST /v2/checkout/orders/\\{\\}/capture is retried by the retryablehttp\\.Client"
	return &o, err
}

func (c *Client) GetOrder(ctx context.Context, orderID string) (*Order, error) {
	var o Order
	err := c.do(ctx, http.MethodGet, "/v2/checkout/orders/"+orderID, nil, nil, &o)
	return &o, err
}

var ErrVoided = errors.New("paypal order voided")

const statusGap = 1 * time.Second

// AwaitCompleted waits until a captured order settles.
func (c *Client) AwaitCompleted(ctx context.Context, orderID string) (*Order, error) {
	for {
		o, err := c.GetOrder(ctx, orderID)
		if err != nil {
			return nil, err
		}
		switch o.Status {
		case "COMPLETED":
			return o, nil
		case "VOIDED":
			return o, ErrVoided
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(statusGap): // want "\\[pollinterval\\] payment status polled every 1s: the provider's limit is one poll per 2s;"
		}
	}
}
