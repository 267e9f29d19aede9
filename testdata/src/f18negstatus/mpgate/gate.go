// Package mpgate reads Mercado Pago payments for the festival's pages.
package mpgate

import (
	"context"

	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Gate wraps the Mercado Pago payments client.
type Gate struct{ c payment.Client }

func New(c payment.Client) *Gate { return &Gate{c: c} }

// Lookup returns Mercado Pago's view of a payment.
func (g *Gate) Lookup(ctx context.Context, id int) (*payment.Response, error) {
	return g.c.Get(ctx, id)
}

// Approved tells whether Mercado Pago reports the payment approved.
func (g *Gate) Approved(ctx context.Context, id int) (bool, error) {
	p, err := g.c.Get(ctx, id)
	if err != nil {
		return false, err
	}
	return p.Status == "approved", nil
}
