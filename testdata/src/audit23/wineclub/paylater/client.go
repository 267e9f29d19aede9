// Package paylater is our client for the pay-later provider (Klarna-style
// payments API: sessions, authorizations, orders, captures).
package paylater

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"

	"audit23/wineclub/domain"
	"audit23/wineclub/platform"
)

type Client struct {
	base     string
	user     string
	pass     string
	hc       *http.Client
	attempts int
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithAttempts(n int) Option             { return func(c *Client) { c.attempts = n } }

func New(base, user, pass string, opts ...Option) *Client {
	c := &Client{base: base, user: user, pass: pass, hc: &http.Client{Timeout: 15 * time.Second}, attempts: 3}
	for _, o := range opts {
		o(c)
	}
	return c
}

type orderLine struct {
	Reference   string `json:"reference"`
	Name        string `json:"name"`
	Quantity    int    `json:"quantity"`
	UnitPrice   int64  `json:"unit_price"`
	TotalAmount int64  `json:"total_amount"`
	TaxRate     int    `json:"tax_rate"`
}

type orderBody struct {
	PurchaseCountry  string      `json:"purchase_country"`
	PurchaseCurrency string      `json:"purchase_currency"`
	Locale           string      `json:"locale"`
	OrderAmount      int64       `json:"order_amount"`
	OrderTaxAmount   int64       `json:"order_tax_amount"`
	OrderLines       []orderLine `json:"order_lines"`
	MerchantRef1     string      `json:"merchant_reference1"`
}

func bodyFor(o *domain.ShopOrder, country string) orderBody {
	b := orderBody{
		PurchaseCountry:  country,
		PurchaseCurrency: o.Total.Currency,
		Locale:           "en-GB",
		OrderAmount:      o.Total.Cents,
		MerchantRef1:     o.ID,
	}
	for _, l := range o.Lines {
		b.OrderLines = append(b.OrderLines, orderLine{
			Reference: l.SKU, Name: l.Name, Quantity: l.Quantity,
			UnitPrice: l.Unit.Cents, TotalAmount: l.Unit.Cents * int64(l.Quantity), TaxRate: 2000,
		})
	}
	return b
}

// Session is the widget session the browser loads.
type Session struct {
	SessionID   string `json:"session_id"`
	ClientToken string `json:"client_token"`
}

// CreateSession starts a pay-later session for the cart.
func (c *Client) CreateSession(ctx context.Context, o *domain.ShopOrder, country string) (*Session, error) {
	var s Session
	if err := c.post(ctx, "/payments/v1/sessions", bodyFor(o, country), &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Placed is the answer to an order placement.
type Placed struct {
	OrderID     string `json:"order_id"`
	RedirectURL string `json:"redirect_url"`
	FraudStatus string `json:"fraud_status"`
}

// PlaceOrder turns the shopper's authorization into an order.
func (c *Client) PlaceOrder(ctx context.Context, authToken string, o *domain.ShopOrder, country string) (*Placed, error) {
	var p Placed
	if err := c.post(ctx, "/payments/v1/authorizations/"+authToken+"/order", bodyFor(o, country), &p); err != nil {
		return nil, err
	}
	return &p, nil
}

func (c *Client) newRequest(ctx context.Context, method, path string, payload []byte) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(payload))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.user, c.pass)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "wineclub/1.0")
	req.Header.Set("Klarna-Idempotency-Key", uuid.NewString())
	return req, nil
}

// post sends a JSON body, retrying network errors and 5xx answers.
func (c *Client) post(ctx context.Context, path string, in, out any) error {
	payload, err := json.Marshal(in)
	if err != nil {
		return err
	}
	var last error
	for attempt := 0; attempt < c.attempts; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(1<<attempt) * time.Second) // audit: lookalike retrybackoff: the wait doubles (2s, 4s) and attempts are capped
		}
		req, err := c.newRequest(ctx, http.MethodPost, path, payload)
		if err != nil {
			return err
		}
		resp, err := c.hc.Do(req) // want "\\[idempotency\\] POST /payments/v1/sessions \\(sent for paylater\\.Client\\.CreateSession\\) is retried"
		if err != nil {
			last = err
			continue
		}
		data, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 { // audit: lookalike retrystatus: only 5xx goes round; other failures return at once
			last = &platform.StatusError{Status: resp.StatusCode, Body: string(data)}
			continue
		}
		if resp.StatusCode >= 300 {
			return &platform.StatusError{Status: resp.StatusCode, Body: string(data)}
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(data, out)
	}
	return fmt.Errorf("paylater %s: %w", path, last)
}

// Order is the order management view of an order.
type Order struct {
	OrderID         string `json:"order_id"`
	Status          string `json:"status"`
	FraudStatus     string `json:"fraud_status"`
	OrderAmount     int64  `json:"order_amount"`
	CapturedAmount  int64  `json:"captured_amount"`
	RemainingAmount int64  `json:"remaining_authorized_amount"`
}

// Order reads an order.
func (c *Client) Order(ctx context.Context, id string) (*Order, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/ordermanagement/v1/orders/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.user, c.pass)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &platform.StatusError{Status: resp.StatusCode}
	}
	var o Order
	return &o, json.NewDecoder(resp.Body).Decode(&o)
}

// Capture captures the full authorised amount of an order once the
// bottles leave the warehouse.
func (c *Client) Capture(ctx context.Context, orderID string, amount int64) error {
	key := uuid.NewString()                           // audit: lookalike idempotency: the capture key is drawn once, before platform.Send, which re-sends the same headers on each attempt
	return platform.Send(ctx, c.hc, platform.Request{ // want "\\[retrystatus\\] POST /ordermanagement/v1/orders/\\{\\}/captures is retried by platform\\.Send, which sends it again in its for loop"
		Method: http.MethodPost,
		URL:    c.base + "/ordermanagement/v1/orders/" + orderID + "/captures",
		Body:   map[string]any{"captured_amount": amount, "description": "Shipped"},
		Headers: map[string]string{
			"Authorization":          "Basic " + basic(c.user, c.pass),
			"Klarna-Idempotency-Key": key,
		},
	})
}

var ErrRejected = errors.New("paylater: order rejected")
