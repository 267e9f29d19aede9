// Package wise is a small client for the Wise-style payouts API: quotes,
// recipients, transfers and funding from our balance.
package wise

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"audit9/remittance/platform"
)

// Client talks to the payouts API for one business profile.
type Client struct {
	baseURL   string
	token     string
	profileID int64
	hc        *http.Client
}

// Option configures a Client.
type Option func(*Client)

// WithBaseURL points the client at the sandbox or another environment.
func WithBaseURL(u string) Option { return func(c *Client) { c.baseURL = u } }

// WithHTTPClient replaces the default HTTP client.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.hc = hc } }

// New returns a client for profileID.
func New(token string, profileID int64, opts ...Option) *Client {
	c := &Client{
		baseURL:   "https://api.transferwise.com",
		token:     token,
		profileID: profileID,
		hc:        &http.Client{Timeout: 30 * time.Second},
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Quote is a locked exchange rate.
type Quote struct {
	ID           string  `json:"id"`
	Rate         float64 `json:"rate"`
	SourceAmount float64 `json:"sourceAmount"`
	TargetAmount float64 `json:"targetAmount"`
	ExpiresAt    string  `json:"expirationTime"`
}

// RecipientRequest describes a bank account to pay.
type RecipientRequest struct {
	Currency          string            `json:"currency"`
	Type              string            `json:"type"`
	AccountHolderName string            `json:"accountHolderName"`
	Details           map[string]string `json:"details"`
}

// TransferRequest creates a transfer from a quote to a recipient.
type TransferRequest struct {
	TargetAccount         int64             `json:"targetAccount"`
	QuoteUUID             string            `json:"quoteUuid"`
	CustomerTransactionID string            `json:"customerTransactionId"`
	Details               map[string]string `json:"details"`
}

// Transfer is the payout as the API reports it.
type Transfer struct {
	ID     int64  `json:"id"`
	Status string `json:"status"`
}

// Transfer states.
const (
	StateIncomingPaymentWaiting = "incoming_payment_waiting"
	StateProcessing             = "processing"
	StateFundsConverted         = "funds_converted"
	StateOutgoingPaymentSent    = "outgoing_payment_sent"
	StateCancelled              = "cancelled"
	StateFundsRefunded          = "funds_refunded"
	StateBouncedBack            = "bounced_back"
)

// FundResult is the answer to a funding call.
type FundResult struct {
	Type   string `json:"type"`
	Status string `json:"status"`
}

// CreateQuote locks a rate for amount of source currency.
func (c *Client) CreateQuote(ctx context.Context, source, target string, amount float64) (*Quote, error) {
	var q Quote
	path := fmt.Sprintf("/v3/profiles/%d/quotes", c.profileID)
	err := c.send(ctx, http.MethodPost, path, "", map[string]any{
		"sourceCurrency": source, "targetCurrency": target, "sourceAmount": amount,
	}, &q)
	return &q, err
}

// CreateRecipient registers a recipient account and returns its id.
func (c *Client) CreateRecipient(ctx context.Context, r RecipientRequest) (int64, error) {
	var out struct {
		ID int64 `json:"id"`
	}
	err := c.send(ctx, http.MethodPost, "/v1/accounts", "", r, &out)
	return out.ID, err
}

// CreateTransfer creates (but does not fund) a transfer.
func (c *Client) CreateTransfer(ctx context.Context, req TransferRequest) (*Transfer, error) {
	var t Transfer
	err := c.send(ctx, http.MethodPost, "/v1/transfers", "", req, &t)
	return &t, err
}

// FundTransfer pays the transfer from the business balance. key is sent as
// X-Idempotence-Uuid.
func (c *Client) FundTransfer(ctx context.Context, transferID int64, key string) (*FundResult, error) {
	var res FundResult
	path := fmt.Sprintf("/v3/profiles/%d/transfers/%d/payments", c.profileID, transferID)
	err := c.send(ctx, http.MethodPost, path, key, map[string]string{"type": "BALANCE"}, &res)
	return &res, err
}

// GetTransfer reads the transfer's current state.
func (c *Client) GetTransfer(ctx context.Context, transferID int64) (*Transfer, error) {
	var t Transfer
	err := c.send(ctx, http.MethodGet, fmt.Sprintf("/v1/transfers/%d", transferID), "", nil, &t)
	return &t, err
}

func (c *Client) send(ctx context.Context, method, path, idemKey string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")
	if idemKey != "" {
		req.Header.Set("X-Idempotence-Uuid", idemKey)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return &platform.StatusError{Status: resp.StatusCode, Body: string(b)}
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}
