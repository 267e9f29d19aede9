// Package lemon is a small client for the Lemon Squeezy API, which sells
// some creators' downloads as merchant of record. There is no official Go
// SDK, so this wraps the few JSON:API endpoints we use.
package lemon

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit20/creators/platform"
)

// Order statuses as Lemon Squeezy reports them.
const (
	OrderPending       = "pending"
	OrderPaid          = "paid"
	OrderFailed        = "failed"
	OrderRefunded      = "refunded"
	OrderPartialRefund = "partial_refund"
	OrderFraudulent    = "fraudulent"
)

// Order is the part of an order we read.
type Order struct {
	ID         string
	Status     string
	TotalCents int64
	Currency   string
	Email      string
	Custom     map[string]string
}

type orderDoc struct {
	Data struct {
		ID         string `json:"id"`
		Attributes struct {
			Status     string `json:"status"`
			Total      int64  `json:"total"`
			Currency   string `json:"currency"`
			UserEmail  string `json:"user_email"`
			FirstOrder struct {
				Custom map[string]string `json:"custom_data"`
			} `json:"first_order_item"`
		} `json:"attributes"`
	} `json:"data"`
}

// Client talks to api.lemonsqueezy.com.
type Client struct {
	base    string
	apiKey  string
	storeID string
	hc      *http.Client
	log     *slog.Logger
}

// Option configures a Client.
type Option func(*Client)

// WithHTTPClient replaces the HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// WithBaseURL points the client elsewhere (tests, a proxy).
func WithBaseURL(u string) Option { return func(c *Client) { c.base = u } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// New builds a Client.
func New(apiKey, storeID string, opts ...Option) *Client {
	c := &Client{
		base:    "https://api.lemonsqueezy.com",
		apiKey:  apiKey,
		storeID: storeID,
		hc:      platform.HTTPClient(),
		log:     slog.Default(),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

func (c *Client) newRequest(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Accept", "application/vnd.api+json")
	req.Header.Set("Content-Type", "application/vnd.api+json")
	return req, nil
}

// GetOrder reads one order. Rate limits and Lemon's occasional 5xx are
// retried a few times.
func (c *Client) GetOrder(ctx context.Context, id string) (*Order, error) {
	wait := time.Second
	for attempt := 0; ; attempt++ {
		req, err := c.newRequest(ctx, http.MethodGet, "/v1/orders/"+id, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.hc.Do(req)
		if err != nil {
			return nil, err
		}
		if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) && attempt < 3 { // audit: lookalike retrystatus: only 429 and 5xx go round, three times, with a doubling wait; every other answer leaves
			resp.Body.Close()
			time.Sleep(wait)
			wait *= 2
			continue
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, platform.ReadError("lemon get order", resp)
		}
		var doc orderDoc
		if err := json.NewDecoder(resp.Body).Decode(&doc); err != nil {
			return nil, err
		}
		a := doc.Data.Attributes
		return &Order{ID: doc.Data.ID, Status: a.Status, TotalCents: a.Total, Currency: a.Currency, Email: a.UserEmail, Custom: a.FirstOrder.Custom}, nil
	}
}

// AwaitPaid waits until the order is paid or ctx ends. Card payments
// settle in seconds; PayPal through Lemon can take a little longer.
func (c *Client) AwaitPaid(ctx context.Context, id string) (*Order, error) {
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for { // want "\\[pollbound\\] loop polling payment id stops only when the payment succeeds \\(line 143\\):"
		o, err := c.GetOrder(ctx, id)
		if err != nil {
			return nil, err
		}
		if o.Status == OrderPaid {
			return o, nil
		}
		select {
		case <-ctx.Done():
			return o, ctx.Err()
		case <-t.C:
		}
	}
}

// Refund refunds amountCents of an order. key is sent as Idempotency-Key
// and must be the same for every call about the same refund.
func (c *Client) Refund(ctx context.Context, orderID string, amountCents int64, key string) error {
	var doc struct {
		Data struct {
			Type       string `json:"type"`
			ID         string `json:"id"`
			Attributes struct {
				Amount int64 `json:"amount"`
			} `json:"attributes"`
		} `json:"data"`
	}
	doc.Data.Type, doc.Data.ID = "orders", orderID
	doc.Data.Attributes.Amount = amountCents
	body, _ := json.Marshal(doc)

	var last error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
		}
		req, err := c.newRequest(ctx, http.MethodPost, "/v1/orders/"+orderID+"/refund", body)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusCreated { // want "\\[retrystatus\\] POST /v1/orders/\\{\\}/refund is retried by a for loop \\(line 170\\): every non-2xx status is retried, including 400/404/422"
			resp.Body.Close()
			return nil
		}
		last = platform.ReadError("lemon refund", resp)
		resp.Body.Close()
		c.log.Warn("lemon refund attempt failed", "order", orderID, "attempt", attempt, "err", last)
	}
	return fmt.Errorf("lemon refund %s: %w", orderID, last)
}

// CheckoutRequest describes a checkout for one variant.
type CheckoutRequest struct {
	VariantID   string
	PriceCents  int64
	Email       string
	PurchaseID  string
	RedirectURL string
}

// CreateCheckout creates a hosted checkout and returns its URL.
func (c *Client) CreateCheckout(ctx context.Context, in CheckoutRequest) (string, error) {
	payload := map[string]any{
		"data": map[string]any{
			"type": "checkouts",
			"attributes": map[string]any{
				"custom_price":     in.PriceCents,
				"checkout_data":    map[string]any{"email": in.Email, "custom": map[string]string{"purchase_id": in.PurchaseID}},
				"product_options":  map[string]any{"redirect_url": in.RedirectURL},
				"checkout_options": map[string]any{"embed": false},
			},
			"relationships": map[string]any{
				"store":   map[string]any{"data": map[string]string{"type": "stores", "id": c.storeID}},
				"variant": map[string]any{"data": map[string]string{"type": "variants", "id": in.VariantID}},
			},
		},
	}
	body, _ := json.Marshal(payload)
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/checkouts", body)
	if err != nil {
		return "", err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", platform.ReadError("lemon checkout", resp)
	}
	var out struct {
		Data struct {
			Attributes struct {
				URL string `json:"url"`
			} `json:"attributes"`
		} `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.Data.Attributes.URL, nil
}
