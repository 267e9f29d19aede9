// Package molliepay wraps Mollie for EU members: first payments through
// the SDK, recurring charges against a mandate over the REST API, refunds.
package molliepay

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	client "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/models/operations"

	"audit23/wineclub/domain"
	"audit23/wineclub/platform"
)

const apiBase = "https://api.mollie.com/v2"

// Client talks to Mollie.
type Client struct {
	sdk        *client.Client
	hc         *http.Client
	apiKey     string
	webhookURL string
	testmode   bool
}

type Option func(*Client)

func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }
func WithWebhookURL(u string) Option        { return func(c *Client) { c.webhookURL = u } }
func WithTestmode(on bool) Option           { return func(c *Client) { c.testmode = on } }

func New(apiKey string, opts ...Option) *Client {
	c := &Client{apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}}
	for _, o := range opts {
		o(c)
	}
	c.sdk = client.New(
		client.WithSecurity(components.Security{APIKey: client.String(apiKey)}),
		client.WithTestmode(c.testmode),
	)
	return c
}

// Checkout opens a hosted payment for a buyer in the browser. ref is the
// merchant reference and doubles as the idempotency key.
func (c *Client) Checkout(ctx context.Context, ref, desc string, amount domain.Money, redirectURL string) (*components.PaymentResponse, error) {
	res, err := c.sdk.Payments.Create(ctx, nil, client.String(ref), &components.PaymentRequest{
		Description: desc,
		Amount:      components.Amount{Currency: amount.Currency, Value: amount.Decimal()},
		RedirectURL: client.String(redirectURL),
	})
	if err != nil {
		return nil, err
	}
	return res.PaymentResponse, nil
}

// Payment fetches a payment.
func (c *Client) Payment(ctx context.Context, id string) (*components.PaymentResponse, error) {
	res, err := c.sdk.Payments.Get(ctx, operations.GetPaymentRequest{PaymentID: id})
	if err != nil {
		return nil, err
	}
	return res.PaymentResponse, nil
}

// Final reports whether Mollie is done with a payment.
func Final(s components.PaymentResponseStatus) bool {
	switch s {
	case components.PaymentResponseStatusPaid,
		components.PaymentResponseStatusFailed,
		components.PaymentResponseStatusCanceled,
		components.PaymentResponseStatusExpired:
		return true
	}
	return false
}

// RecurringRequest is a merchant-initiated charge on a member's mandate.
type RecurringRequest struct {
	CustomerID  string
	MandateID   string
	Amount      domain.Money
	Description string
	Metadata    map[string]string
}

type recurringBody struct {
	Amount       components.Amount `json:"amount"`
	Description  string            `json:"description"`
	SequenceType string            `json:"sequenceType"`
	CustomerID   string            `json:"customerId"`
	MandateID    string            `json:"mandateId"`
	WebhookURL   string            `json:"webhookUrl,omitempty"`
	Metadata     map[string]string `json:"metadata,omitempty"`
}

// Payment as the REST API returns it.
type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// Recurring charges a mandate. key, when set, is sent as Idempotency-Key.
func (c *Client) Recurring(ctx context.Context, key string, r RecurringRequest) (*Payment, error) {
	body, _ := json.Marshal(recurringBody{
		Amount:       components.Amount{Currency: r.Amount.Currency, Value: r.Amount.Decimal()},
		Description:  r.Description,
		SequenceType: "recurring",
		CustomerID:   r.CustomerID,
		MandateID:    r.MandateID,
		WebhookURL:   c.webhookURL,
		Metadata:     r.Metadata,
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, apiBase+"/payments", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	var p Payment
	if err := c.send(req, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Mandate is a customer's direct debit or card mandate.
type Mandate struct {
	ID     string `json:"id"`
	Method string `json:"method"`
	Status string `json:"status"`
}

// Mandates lists a customer's mandates.
func (c *Client) Mandates(ctx context.Context, customerID string) ([]Mandate, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, apiBase+"/customers/"+customerID+"/mandates", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	var out struct {
		Embedded struct {
			Mandates []Mandate `json:"mandates"`
		} `json:"_embedded"`
	}
	if err := c.send(req, &out); err != nil {
		return nil, err
	}
	return out.Embedded.Mandates, nil
}

func (c *Client) send(req *http.Request, out any) error {
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 300 {
		return &platform.StatusError{Status: resp.StatusCode, Body: string(data)}
	}
	return json.Unmarshal(data, out)
}

// Refund returns money for a shop order paid through Mollie.
func (c *Client) Refund(ctx context.Context, paymentID, orderID string, amount domain.Money) (string, error) {
	key := "refund-" + orderID // audit: lookalike idempotency: the key is made once from the order and sent on every attempt
	req := &components.RefundRequest{
		Description: "Order " + orderID,
		Amount:      components.Amount{Currency: amount.Currency, Value: amount.Decimal()},
	}
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		res, err := c.sdk.Refunds.Create(ctx, paymentID, &key, req) // want "\\[retrybackoff\\] mollie Refunds\\.Create is retried by a for loop \\(line 184\\) every 200ms, a"
		if err == nil {
			return res.EntityRefundResponse.ID, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return "", fmt.Errorf("mollie refund %s: %w", orderID, lastErr)
}
