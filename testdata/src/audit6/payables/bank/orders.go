package bank

import (
	"context"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// PaymentOrder is an outgoing ACH / SEPA / wire payment to a supplier.
type PaymentOrder struct {
	ID             string `json:"id,omitempty"`
	Type           string `json:"type"` // ach, sepa, wire
	Amount         int64  `json:"amount"`
	Currency       string `json:"currency"`
	CounterpartyID string `json:"receiving_account_id"`
	Reference      string `json:"reference"`
	Status         string `json:"status,omitempty"`
}

// CreatePaymentOrder sends money to a supplier.
func (c *Client) CreatePaymentOrder(ctx context.Context, po PaymentOrder) (*PaymentOrder, error) {
	var out PaymentOrder
	err := withRetry(ctx, c.opts.MaxRetries, func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/payment_orders", po)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", uuid.NewString())
		resp, err := c.opts.HTTP.Do(req) // want "\\[idempotency\\] POST /payment_orders is retried by withRetry"
		if err != nil {
			return err
		}
		return decode(resp, &out)
	})
	return &out, err
}

// CreatePaymentOrderWithKey is the variant the payables worker uses: the
// key is derived from the bill so every attempt (and every worker restart)
// sends the same one.
func (c *Client) CreatePaymentOrderWithKey(ctx context.Context, key string, po PaymentOrder) (*PaymentOrder, error) {
	var out PaymentOrder
	err := withRetry(ctx, c.opts.MaxRetries, func() error {
		req, err := c.newRequest(ctx, http.MethodPost, "/payment_orders", po)
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", key)
		resp, err := c.opts.HTTP.Do(req)
		if err != nil {
			return err
		}
		return decode(resp, &out)
	})
	return &out, err
}

// GetPaymentOrder reads one payment order.
func (c *Client) GetPaymentOrder(ctx context.Context, id string) (*PaymentOrder, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/payment_orders/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.opts.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	var out PaymentOrder
	return &out, decode(resp, &out)
}

// CancelPaymentOrder asks the bank to stop an order not yet sent.
func (c *Client) CancelPaymentOrder(ctx context.Context, id string) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/payment_orders/"+id+"/cancel", nil)
	if err != nil {
		return err
	}
	resp, err := c.opts.HTTP.Do(req)
	if err != nil {
		return err
	}
	return decode(resp, nil)
}

// AwaitPaymentOrder polls until the order is final or the context ends.
func (c *Client) AwaitPaymentOrder(ctx context.Context, id string) (*PaymentOrder, error) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		po, err := c.GetPaymentOrder(ctx, id)
		if err != nil {
			return nil, err
		}
		switch po.Status {
		case "completed", "failed", "returned", "cancelled":
			return po, nil
		}
		select {
		case <-ctx.Done():
			return po, ctx.Err()
		case <-t.C:
		}
	}
}
