// Package acctsync pushes bills and bill payments to the customer's
// accounting system (Xero-style REST API).
package acctsync

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Client is an accounting-system API client for one connected tenant.
type Client struct {
	BaseURL  string
	TenantID string
	Token    func(ctx context.Context) (string, error)
	HTTP     *http.Client
}

// AccBill is a supplier bill (ACCPAY invoice) in the ledger.
type AccBill struct {
	InvoiceID string  `json:"InvoiceID,omitempty"`
	Type      string  `json:"Type"`
	Contact   string  `json:"ContactID"`
	Number    string  `json:"InvoiceNumber"`
	Total     float64 `json:"Total"`
	Currency  string  `json:"CurrencyCode"`
}

func (c *Client) post(ctx context.Context, path string, body any, requestID string) (*http.Response, error) {
	tok, err := c.Token(ctx)
	if err != nil {
		return nil, err
	}
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.BaseURL+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("Xero-Tenant-Id", c.TenantID)
	req.Header.Set("X-Request-Id", requestID)
	return c.HTTP.Do(req)
}

// PushBill mirrors an uploaded supplier invoice as a bill in the ledger.
// The accounting API is flaky at month end; bills are upserted by number.
func (c *Client) PushBill(ctx context.Context, b AccBill) error {
	b.Type = "ACCPAY"
	var lastErr error
	for attempt := 1; attempt <= 4; attempt++ {
		resp, err := c.post(ctx, "/api.xro/2.0/Invoices", b, uuid.NewString())
		if err != nil {
			lastErr = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			return nil
		}
		lastErr = fmt.Errorf("accounting: push bill %s: %s", b.Number, resp.Status)
	}
	return lastErr
}

// RecordBillPayment marks the bill paid in the ledger (a journal entry, no
// money moves).
func (c *Client) RecordBillPayment(ctx context.Context, invoiceID string, amount float64, ref string) error {
	body := map[string]any{
		"Invoice":   map[string]string{"InvoiceID": invoiceID},
		"Amount":    amount,
		"Reference": ref,
		"Date":      time.Now().Format("2006-01-02"),
	}
	resp, err := c.post(ctx, "/api.xro/2.0/Payments", body, "pay-"+ref)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("accounting: record payment: %s", resp.Status)
	}
	return nil
}
