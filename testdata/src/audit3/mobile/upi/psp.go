// Package upi sends UPI collect requests through our PSP's REST API
// (India: the customer approves the request in their UPI app).
package upi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

type PSP struct {
	Base   string // https://api.psp.example.in
	APIKey string
	HC     *http.Client
}

type Collect struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PENDING, SUCCESS, FAILED, EXPIRED, REJECTED
	UTR    string `json:"utr"`
}

func (p *PSP) do(ctx context.Context, method, path string, in any) (*Collect, error) {
	var body bytes.Buffer
	if in != nil {
		_ = json.NewEncoder(&body).Encode(in)
	}
	req, err := http.NewRequestWithContext(ctx, method, p.Base+path, &body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", p.APIKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("psp %s %s: %d", method, path, resp.StatusCode)
	}
	var c Collect
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

// RequestCollect asks the payer's VPA to approve amountPaise.
func (p *PSP) RequestCollect(ctx context.Context, vpa string, amountPaise int64, orderID string) (*Collect, error) {
	return p.do(ctx, http.MethodPost, "/v1/upi/collect", map[string]any{
		"payer_vpa":           vpa,
		"amount":              amountPaise,
		"merchant_request_id": orderID,
		"expiry_minutes":      5,
	})
}

// CollectStatus reads one collect request.
func (p *PSP) CollectStatus(ctx context.Context, id string) (*Collect, error) {
	return p.do(ctx, http.MethodGet, "/v1/upi/collect/"+id, nil)
}
