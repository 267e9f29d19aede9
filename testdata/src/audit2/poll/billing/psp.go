// Package billing charges subscription invoices through the PSP's REST API.
package billing

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrPaymentFailed is returned when the PSP declined the payment.
var ErrPaymentFailed = errors.New("payment failed")

type pspPayment struct {
	ID     string `json:"id"`
	Status string `json:"status"` // processing, succeeded, failed
}

// PSP is the REST client.
type PSP struct {
	BaseURL string
	HTTP    *http.Client
}

func (p *PSP) createPayment(ctx context.Context, ref string, cents int64) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": cents, "reference": ref})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.BaseURL+"/v1/payments", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Idempotency-Key", ref)
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out pspPayment
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	return out.ID, nil
}

func (p *PSP) paymentStatus(ctx context.Context, id string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.BaseURL+"/v1/payments/"+id, nil)
	if err != nil {
		return "", err
	}
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("psp: %s", resp.Status)
	}
	var out pspPayment
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.Status, err
}

func (p *PSP) kycStatus(ctx context.Context, checkID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.BaseURL+"/v1/identity/checks/"+checkID, nil)
	if err != nil {
		return "", err
	}
	resp, err := p.HTTP.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		State string `json:"state"`
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.State, err
}
