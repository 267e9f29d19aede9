package dlocal

import (
	"context"
	"encoding/json"

	"github.com/go-resty/resty/v2"
)

type Beneficiary struct {
	FirstName   string `json:"first_name"`
	LastName    string `json:"last_name"`
	Document    string `json:"document_id"`
	BankCode    string `json:"bank_code"`
	BankBranch  string `json:"bank_branch"`
	BankAccount string `json:"bank_account"`
}

type PayoutRequest struct {
	ExternalID      string      `json:"external_id"`
	Country         string      `json:"country"`
	Currency        string      `json:"currency"`
	Amount          float64     `json:"amount"`
	Purpose         string      `json:"purpose"`
	NotificationURL string      `json:"notification_url"`
	Beneficiary     Beneficiary `json:"beneficiary"`
}

type Payout struct {
	ID         string `json:"id"`
	ExternalID string `json:"external_id"`
	Status     string `json:"status"` // PENDING, PAID, REJECTED, CANCELLED
}

// payoutRequest builds the signed request for a payout.
func (c *Client) payoutRequest(ctx context.Context, p PayoutRequest) (*resty.Request, error) {
	req, err := c.request(ctx, p)
	if err != nil {
		return nil, err
	}
	return req.SetHeader("X-Idempotency-Key", requestID()), nil
}

func (c *Client) CreatePayout(ctx context.Context, p PayoutRequest) (*Payout, error) {
	req, err := c.payoutRequest(ctx, p)
	if err != nil {
		return nil, err
	}
	resp, err := req.Post("/payouts/v3")
	if err := check(resp, err); err != nil {
		return nil, err
	}
	var out Payout
	return &out, json.Unmarshal(resp.Body(), &out)
}
