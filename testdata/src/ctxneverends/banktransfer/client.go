// Package banktransfer is a client of a HAL-style bank transfer API: a
// transfer is created by POST /transfers, which answers 201 with the new
// transfer's URL in the Location header, and its status is read back
// from that URL.
package banktransfer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Client talks to the bank's API.
type Client struct {
	base string
	hc   *http.Client
}

// New builds a Client.
func New(base string, hc *http.Client) *Client {
	return &Client{base: strings.TrimRight(base, "/"), hc: hc}
}

// Amount is a money value as the API spells it.
type Amount struct {
	Value    string `json:"value"`
	Currency string `json:"currency"`
}

// Transfer is the API's view of a transfer.
type Transfer struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	Amount Amount `json:"amount"`
}

// ExportJob is a statement export the API prepares in the background.
type ExportJob struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	File   string `json:"file"`
}

type transferBody struct {
	Source        string `json:"source"`
	Amount        Amount `json:"amount"`
	CorrelationID string `json:"correlationId"`
}

// CreateTransfer debits the source and answers the transfer's URL.
func (c *Client) CreateTransfer(ctx context.Context, source, consult string, cents int64) (string, error) {
	b, err := json.Marshal(transferBody{Source: source, Amount: Amount{Value: fmt.Sprintf("%d.%02d", cents/100, cents%100), Currency: "USD"}, CorrelationID: consult})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/transfers", bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", "debit-"+consult)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("bank: create transfer: %d", resp.StatusCode)
	}
	return resp.Header.Get("Location"), nil
}

// GetTransfer reads a transfer by the URL CreateTransfer answered.
func (c *Client) GetTransfer(ctx context.Context, url string) (*Transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("bank: get transfer: %d", resp.StatusCode)
	}
	var t Transfer
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	return &t, nil
}

// GetExport reads a statement export by its URL.
func (c *Client) GetExport(ctx context.Context, url string) (*ExportJob, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var j ExportJob
	if err := json.NewDecoder(resp.Body).Decode(&j); err != nil {
		return nil, err
	}
	return &j, nil
}
