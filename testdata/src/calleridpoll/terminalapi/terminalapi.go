// Package terminalapi is a card-present gateway's REST client: the
// merchant names each payment with a reference of its own (a terminal
// service id, an order reference), sends it with the payment and reads
// the payment back by that reference.
package terminalapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Client calls the gateway.
type Client struct {
	Base string
	HC   *http.Client
}

// Payment is the gateway's payment.
type Payment struct {
	Reference string `json:"reference"`
	Status    string `json:"status"` // PENDING, AUTHORISED, DECLINED, CANCELLED
}

// Payment statuses.
const (
	StatusPending    = "PENDING"
	StatusAuthorised = "AUTHORISED"
	StatusDeclined   = "DECLINED"
	StatusCancelled  = "CANCELLED"
)

// PaymentRequest is what StartPayment sends.
type PaymentRequest struct {
	TerminalID string `json:"terminalId"`
	Reference  string `json:"reference"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency"`
}

// StartPayment asks a terminal to take a payment named by the caller's
// reference; it returns once the terminal accepted the request.
func (c *Client) StartPayment(ctx context.Context, req PaymentRequest) error {
	b, err := json.Marshal(req)
	if err != nil {
		return err
	}
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(b))
	if err != nil {
		return err
	}
	r.Header.Set("Content-Type", "application/json")
	resp, err := c.HC.Do(r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("terminalapi: payment refused: %s", resp.Status)
	}
	return nil
}

// StartKeyedPayment is StartPayment with the reference sent as the
// request's idempotency key too: the gateway answers a repeated request
// with the payment the first one made.
func (c *Client) StartKeyedPayment(ctx context.Context, reference string, amount int64, currency string) error {
	b, err := json.Marshal(PaymentRequest{Reference: reference, Amount: amount, Currency: currency})
	if err != nil {
		return err
	}
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments", bytes.NewReader(b))
	if err != nil {
		return err
	}
	r.Header.Set("Idempotency-Key", reference)
	resp, err := c.HC.Do(r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("terminalapi: payment refused: %s", resp.Status)
	}
	return nil
}

// PaymentByReference reads the payment the caller named reference.
func (c *Client) PaymentByReference(ctx context.Context, reference string) (*Payment, error) {
	r, err := http.NewRequestWithContext(ctx, http.MethodGet, c.Base+"/v1/payments/"+reference, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.HC.Do(r)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("terminalapi: payment %s: %s", reference, resp.Status)
	}
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// CancelPayment cancels the payment the caller named reference.
func (c *Client) CancelPayment(ctx context.Context, reference string) error {
	r, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v1/payments/"+reference+"/cancel", nil)
	if err != nil {
		return err
	}
	resp, err := c.HC.Do(r)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
