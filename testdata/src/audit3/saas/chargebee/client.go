// Package chargebee is our thin client of Chargebee's REST API (v2): it
// collects unpaid invoices of customers billed through Chargebee.
package chargebee

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
)

type Client struct {
	site   string // https://{site}.chargebee.com
	apiKey string
	hc     *http.Client
}

func New(site, apiKey string) *Client {
	return &Client{site: site, apiKey: apiKey, hc: &http.Client{Timeout: 20 * time.Second}}
}

type Invoice struct {
	ID         string `json:"id"`
	Status     string `json:"status"` // paid, posted, payment_due, not_paid, voided, pending
	AmountDue  int64  `json:"amount_due"`
	CustomerID string `json:"customer_id"`
}

type APIError struct {
	Status  int
	Code    string `json:"api_error_code"`
	Message string `json:"message"`
}

func (e *APIError) Error() string {
	return fmt.Sprintf("chargebee %d %s: %s", e.Status, e.Code, e.Message)
}

// post sends a form to the API with the given idempotency key ("" for none).
func (c *Client) post(ctx context.Context, path string, form url.Values, key string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.site+"/api/v2"+path, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(c.apiKey, "")
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if key != "" {
		req.Header.Set("chargebee-idempotency-key", key)
	}
	return c.hc.Do(req)
}

func decodeInvoice(resp *http.Response) (*Invoice, error) {
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		e := &APIError{Status: resp.StatusCode}
		b, _ := io.ReadAll(resp.Body)
		_ = json.Unmarshal(b, e)
		return nil, e
	}
	var out struct {
		Invoice Invoice `json:"invoice"`
	}
	return &out.Invoice, json.NewDecoder(resp.Body).Decode(&out)
}
