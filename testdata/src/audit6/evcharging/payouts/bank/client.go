// Package bank is a small client of our business bank's REST API, used to
// pay site hosts their share of the charging revenue.
package bank

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	baseURL string
	apiKey  string
	hc      *http.Client
}

func NewClient(baseURL, apiKey string) *Client {
	return &Client{baseURL: baseURL, apiKey: apiKey, hc: &http.Client{Timeout: 15 * time.Second}}
}

type Transfer struct {
	AmountCents   int64  `json:"amount"`
	Currency      string `json:"currency"`
	CreditorName  string `json:"creditor_name"`
	CreditorIBAN  string `json:"creditor_iban"`
	RemittanceRef string `json:"reference"`
}

type TransferResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// APIError carries the bank's HTTP status.
type APIError struct {
	Status int
	Detail string `json:"detail"`
}

func (e *APIError) Error() string { return fmt.Sprintf("bank: %d %s", e.Status, e.Detail) }

func (c *Client) CreateTransfer(ctx context.Context, t Transfer, idempotencyKey string) (*TransferResult, error) {
	body, err := json.Marshal(t)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v2/transfers", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", idempotencyKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
		apiErr := &APIError{Status: resp.StatusCode}
		_ = json.NewDecoder(resp.Body).Decode(apiErr)
		return nil, apiErr
	}
	var out TransferResult
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
