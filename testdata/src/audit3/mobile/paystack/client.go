// Package paystack wraps the Paystack REST API (Nigeria, Ghana, Kenya).
package paystack

import (
	"context"
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

type Client struct {
	rc *resty.Client
}

func NewClient(secretKey string) *Client {
	rc := resty.New().
		SetBaseURL("https://api.paystack.co").
		SetAuthToken(secretKey).
		SetTimeout(20 * time.Second)
	return &Client{rc: rc}
}

type envelope[T any] struct {
	Status  bool   `json:"status"`
	Message string `json:"message"`
	Data    T      `json:"data"`
}

type InitData struct {
	AuthorizationURL string `json:"authorization_url"`
	AccessCode       string `json:"access_code"`
	Reference        string `json:"reference"`
}

type Transaction struct {
	ID        int64  `json:"id"`
	Status    string `json:"status"` // success, failed, abandoned, ongoing, pending
	Reference string `json:"reference"`
	Amount    int64  `json:"amount"` // kobo
	Currency  string `json:"currency"`
}

type TransferData struct {
	TransferCode string `json:"transfer_code"`
	Reference    string `json:"reference"`
	Status       string `json:"status"` // pending, success, failed, otp
}

// Initialize starts a hosted checkout; callbackURL is where Paystack sends
// the customer's browser afterwards.
func (c *Client) Initialize(ctx context.Context, email string, amountKobo int64, reference, callbackURL string) (*InitData, error) {
	var out envelope[InitData]
	resp, err := c.rc.R().SetContext(ctx).
		SetBody(map[string]any{"email": email, "amount": amountKobo, "reference": reference, "callback_url": callbackURL}).
		SetResult(&out).
		Post("/transaction/initialize")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("paystack initialize: %s", resp.Status())
	}
	return &out.Data, nil
}

// Verify reads a transaction's state from Paystack.
func (c *Client) Verify(ctx context.Context, reference string) (*Transaction, error) {
	var out envelope[Transaction]
	resp, err := c.rc.R().SetContext(ctx).SetResult(&out).
		SetPathParam("ref", reference).
		Get("/transaction/verify/{ref}")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("paystack verify %s: %s", reference, resp.Status())
	}
	return &out.Data, nil
}

// Transfer pays a driver out to a saved recipient. Paystack dedupes on
// reference.
func (c *Client) Transfer(ctx context.Context, recipientCode string, amountKobo int64, reference string) (*TransferData, int, error) {
	var out envelope[TransferData]
	resp, err := c.rc.R().SetContext(ctx).
		SetBody(map[string]any{
			"source":    "balance",
			"amount":    amountKobo,
			"recipient": recipientCode,
			"reference": reference,
			"reason":    "Driver cash-out",
		}).
		SetResult(&out).
		Post("/transfer")
	if err != nil {
		return nil, 0, err
	}
	return &out.Data, resp.StatusCode(), nil
}

// VerifyTransfer reads a transfer's state (pending, success, failed, reversed).
func (c *Client) VerifyTransfer(ctx context.Context, reference string) (*TransferData, error) {
	var out envelope[TransferData]
	resp, err := c.rc.R().SetContext(ctx).SetResult(&out).
		Get("/transfer/verify/" + reference)
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("paystack transfer %s: %s", reference, resp.Status())
	}
	return &out.Data, nil
}
