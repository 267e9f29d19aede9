// Package paystation is our client for the pay-station REST API (the
// hosted store used by the PC launcher): transactions, refunds, webhooks.
package paystation

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Client calls the merchant API with basic auth.
type Client struct {
	base       string
	merchantID string
	projectID  string
	apiKey     string
	http       *http.Client
}

// NewClient builds the client.
func NewClient(base, merchantID, projectID, apiKey string) *Client {
	return &Client{base: base, merchantID: merchantID, projectID: projectID, apiKey: apiKey,
		http: &http.Client{Timeout: 15 * time.Second}}
}

// Transaction is the pay-station view of a payment.
type Transaction struct {
	ID         int64  `json:"id"`
	ExternalID string `json:"external_id"`
	Status     string `json:"status"` // created, processing, done, canceled, error, refunded
	Amount     string `json:"amount"`
}

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	var buf bytes.Buffer
	if body != nil {
		if err := json.NewEncoder(&buf).Encode(body); err != nil {
			return nil, err
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, &buf)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.merchantID, c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// Transaction reads one transaction.
func (c *Client) Transaction(ctx context.Context, id int64) (*Transaction, error) {
	req, err := c.newRequest(ctx, http.MethodGet, fmt.Sprintf("/merchant/v2/projects/%s/transactions/%d", c.projectID, id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("paystation: HTTP %d", resp.StatusCode)
	}
	var tx Transaction
	return &tx, json.NewDecoder(resp.Body).Decode(&tx)
}

// Refund refunds a transaction after a chargeback or a support ticket; the
// idempotency key is the ticket's.
func (c *Client) Refund(ctx context.Context, txID int64, ticketID, reason string) error {
	path := fmt.Sprintf("/merchant/v2/projects/%s/payments/%d/refund", c.projectID, txID)
	resp, err := c.withRetry(4, func() (*http.Response, error) {
		req, err := c.newRequest(ctx, http.MethodPut, path, map[string]string{"description": reason})
		if err != nil {
			return nil, err
		}
		req.Header.Set("Idempotency-Key", "refund-"+ticketID)
		return c.http.Do(req) // want "\\[retrybackoff\\] PUT /merchant/v2/projects/{}/payments/{}/refund is retried by withRetry \\(line 75\\) every 250ms, a fixed wait that does not grow"
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
