// Package bankrail is the SEPA/ACH banking partner: fiat deposits arrive as
// incoming transfers, fiat withdrawals go out as payouts.
package bankrail

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Partner is the banking partner's REST client.
type Partner struct {
	base  string
	token string
	hc    *http.Client
}

// NewPartner builds the client.
func NewPartner(base, token string) *Partner {
	return &Partner{base: base, token: token, hc: http.DefaultClient}
}

// Payout is the partner's payout resource.
type Payout struct {
	ID     string `json:"id"`
	Status string `json:"status"` // pending, processing, settled, rejected, returned
}

type payoutReq struct {
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	IBAN      string `json:"creditor_iban"`
	Reference string `json:"reference"`
}

// CreatePayout sends money to the user's bank account.
func (p *Partner) CreatePayout(ctx context.Context, amount int64, currency, iban, ref, key string) (*Payout, error) {
	body, _ := json.Marshal(payoutReq{Amount: amount, Currency: currency, IBAN: iban, Reference: ref})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v2/payouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	req.Header.Set("Idempotency-Key", key)
	return p.do(req)
}

// GetPayout reads a payout's status.
func (p *Partner) GetPayout(ctx context.Context, id string) (*Payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v2/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+p.token)
	return p.do(req)
}

func (p *Partner) do(req *http.Request) (*Payout, error) {
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("bankrail: %s %s: %d", req.Method, req.URL.Path, resp.StatusCode)
	}
	var out Payout
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
