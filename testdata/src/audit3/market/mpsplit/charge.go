// Package mpsplit charges buyers through Mercado Pago and splits the
// amount between the seller and the marketplace fee.
package mpsplit

import (
	"context"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Charger creates Mercado Pago payments for carts.
type Charger struct {
	mp payment.Client
}

func NewCharger(mp payment.Client) *Charger { return &Charger{mp: mp} }

// Cart is what the buyer pays for.
type Cart struct {
	ID    string
	Token string
	Total float64
}

// Charge retries the SDK create; the SDK adds its own random
// X-Idempotency-Key to every call, so each retry is a new payment.
func (c *Charger) Charge(ctx context.Context, cart Cart) (*payment.Response, error) {
	return retry.DoWithData(func() (*payment.Response, error) {
		return c.mp.Create(ctx, payment.Request{ // want "\\[idempotency\\] mercadopago payment.Create is retried by retry.DoWithData"
			ExternalReference: cart.ID,
			Token:             cart.Token,
			TransactionAmount: cart.Total,
			Installments:      1,
		})
	},
		retry.Attempts(4),
		retry.Context(ctx),
	)
}

// ChargeAndWait creates a payment and waits for it to leave in_process; if
// Mercado Pago is still reviewing after ten reads, it charges again.
func (c *Charger) ChargeAndWait(ctx context.Context, cart Cart) (*payment.Response, error) {
	p, err := c.mp.Create(ctx, payment.Request{ExternalReference: cart.ID, Token: cart.Token, TransactionAmount: cart.Total})
	if err != nil {
		return nil, err
	}
	for i := 0; ; i++ {
		cur, err := c.mp.Get(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		switch cur.Status {
		case "approved", "rejected", "cancelled":
			return cur, nil
		}
		if i == 10 {
			p, err = c.mp.Create(ctx, payment.Request{ExternalReference: cart.ID, Token: cart.Token, TransactionAmount: cart.Total}) // want "\\[pollcreate\\] new payment created inside the loop that polls payment p.ID"
			if err != nil {
				return nil, err
			}
			i = 0
		}
		time.Sleep(3 * time.Second)
	}
}

// Await waits for an existing payment, never creating one.
func (c *Charger) Await(ctx context.Context, id int) (string, error) {
	for i := 0; i < 20; i++ {
		cur, err := c.mp.Get(ctx, id)
		if err != nil {
			return "", err
		}
		switch cur.Status {
		case "approved", "rejected", "cancelled", "refunded":
			return cur.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
	return "in_process", nil
}
