// Package mobilemoney is a hand-written client for Safaricom Daraja's
// B2C payouts. Daraja dedupes a payout on the body's
// OriginatorConversationID: the same id sent again is the same payout.
package mobilemoney

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/google/uuid"
)

type Client struct {
	baseURL   string
	initiator string
	shortCode string
	hc        *http.Client
}

// PayoutRequest is a B2C payment request.
type PayoutRequest struct {
	OriginatorConversationID string `json:"OriginatorConversationID"`
	InitiatorName            string `json:"InitiatorName"`
	CommandID                string `json:"CommandID"`
	Amount                   int64  `json:"Amount"`
	PartyA                   string `json:"PartyA"`
	PartyB                   string `json:"PartyB"`
	Remarks                  string `json:"Remarks"`
}

// BalanceQuery asks for the account balance; it moves no money.
type BalanceQuery struct {
	OriginatorConversationID string `json:"OriginatorConversationID"`
	InitiatorName            string `json:"InitiatorName"`
	CommandID                string `json:"CommandID"`
	PartyA                   string `json:"PartyA"`
}

type Answer struct {
	ConversationID string `json:"ConversationID"`
}

// NewPayout fills in a business payment; its originator id is drawn here.
func (c *Client) NewPayout(msisdn string, amount int64, remarks string) PayoutRequest {
	return PayoutRequest{
		OriginatorConversationID: uuid.NewString(),
		InitiatorName:            c.initiator,
		CommandID:                "BusinessPayment",
		Amount:                   amount,
		PartyA:                   c.shortCode,
		PartyB:                   msisdn,
		Remarks:                  remarks,
	}
}

// NewSalaryPayout is the same, returned by pointer.
func NewSalaryPayout(shortCode, msisdn string, amount int64) *PayoutRequest {
	return &PayoutRequest{
		OriginatorConversationID: uuid.New().String(),
		CommandID:                "SalaryPayment",
		Amount:                   amount,
		PartyA:                   shortCode,
		PartyB:                   msisdn,
	}
}

// NewPayoutFor fills in a payment under the caller's originator id.
func (c *Client) NewPayoutFor(originator, msisdn string, amount int64) PayoutRequest {
	return PayoutRequest{
		OriginatorConversationID: originator,
		InitiatorName:            c.initiator,
		CommandID:                "BusinessPayment",
		Amount:                   amount,
		PartyA:                   c.shortCode,
		PartyB:                   msisdn,
	}
}

// NewBalanceQuery fills in a balance query with a fresh originator id.
func (c *Client) NewBalanceQuery() BalanceQuery {
	return BalanceQuery{OriginatorConversationID: uuid.NewString(), InitiatorName: c.initiator, CommandID: "AccountBalance", PartyA: c.shortCode}
}

func (c *Client) post(ctx context.Context, path string, body, out any) error {
	b, _ := json.Marshal(body)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("daraja: http %d", resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Payout sends a B2C payment.
func (c *Client) Payout(ctx context.Context, r PayoutRequest) (*Answer, error) {
	var out Answer
	if err := c.post(ctx, "/mpesa/b2c/v3/paymentrequest", r, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// SalaryPayout sends a B2C payment given by pointer.
func (c *Client) SalaryPayout(ctx context.Context, r *PayoutRequest) (*Answer, error) {
	var out Answer
	if err := c.post(ctx, "/mpesa/b2c/v1/paymentrequest", r, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Balance asks for the balance.
func (c *Client) Balance(ctx context.Context, q BalanceQuery) (*Answer, error) {
	var out Answer
	if err := c.post(ctx, "/mpesa/accountbalance/v1/query", q, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
