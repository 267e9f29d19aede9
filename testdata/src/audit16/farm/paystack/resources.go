package paystack

import (
	"context"
	"net/url"
)

// Transaction is a Paystack transaction.
type Transaction struct {
	ID            int64  `json:"id"`
	Status        string `json:"status"` // success, failed, abandoned, ongoing, pending, reversed
	Reference     string `json:"reference"`
	Amount        int64  `json:"amount"`
	Currency      string `json:"currency"`
	GatewayMsg    string `json:"gateway_response"`
	Authorization struct {
		AuthorizationCode string `json:"authorization_code"`
		Reusable          bool   `json:"reusable"`
	} `json:"authorization"`
	Customer struct {
		Email string `json:"email"`
		Phone string `json:"phone"`
	} `json:"customer"`
}

// InitInput starts a hosted checkout.
type InitInput struct {
	Email       string            `json:"email"`
	Amount      int64             `json:"amount"`
	Currency    string            `json:"currency"`
	Reference   string            `json:"reference"`
	CallbackURL string            `json:"callback_url"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

// InitResult is where the buyer is sent to pay.
type InitResult struct {
	AuthorizationURL string `json:"authorization_url"`
	AccessCode       string `json:"access_code"`
	Reference        string `json:"reference"`
}

// Initialize creates a hosted checkout for an order.
func (c *Client) Initialize(ctx context.Context, in InitInput) (*InitResult, error) {
	var out InitResult
	if err := c.call(ctx, "POST", "/transaction/initialize", in, &out, c.retries+1); err != nil {
		return nil, err
	}
	return &out, nil
}

// Verify reads a transaction by reference.
func (c *Client) Verify(ctx context.Context, reference string) (*Transaction, error) {
	var out Transaction
	if err := c.call(ctx, "GET", "/transaction/verify/"+url.PathEscape(reference), nil, &out, c.retries+1); err != nil {
		return nil, err
	}
	return &out, nil
}

// ChargeInput charges a saved authorisation.
type ChargeInput struct {
	Email             string `json:"email"`
	Amount            int64  `json:"amount"`
	Currency          string `json:"currency"`
	AuthorizationCode string `json:"authorization_code"`
	Reference         string `json:"reference"`
}

// ChargeAuthorization charges a saved card for a renewal.
func (c *Client) ChargeAuthorization(ctx context.Context, in ChargeInput) (*Transaction, error) {
	var out Transaction
	if err := c.call(ctx, "POST", "/transaction/charge_authorization", in, &out, c.retries+1); err != nil {
		return nil, err
	}
	return &out, nil
}

// Refund refunds a transaction in full or in part. Paystack takes no
// reference for refunds, so it is sent once.
func (c *Client) Refund(ctx context.Context, reference string, amount int64) error {
	body := map[string]any{"transaction": reference, "amount": amount}
	return c.call(ctx, "POST", "/refund", body, nil, 1)
}

// TransferInput pays a farmer's transfer recipient from the balance.
type TransferInput struct {
	Recipient string
	Amount    int64
	Reason    string
}

// TransferResult is the created transfer.
type TransferResult struct {
	TransferCode string `json:"transfer_code"`
	Status       string `json:"status"`
	Reference    string `json:"reference"`
}

// Transfer sends money to a farmer.
func (c *Client) Transfer(ctx context.Context, in TransferInput) (*TransferResult, error) {
	body := map[string]any{
		"source":    "balance",
		"amount":    in.Amount,
		"recipient": in.Recipient,
		"reason":    in.Reason,
		"reference": c.newRef(),
	}
	var out TransferResult
	if err := c.call(ctx, "POST", "/transfer", body, &out, c.retries+1); err != nil {
		return nil, err
	}
	return &out, nil
}
