// Package molliegw wraps the Mollie client.
package molliegw

import (
	"context"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
)

// Gateway reads payments from Mollie.
type Gateway struct{ c *mollie.Client }

// New returns a Gateway.
func New(c *mollie.Client) *Gateway { return &Gateway{c: c} }

// Payment reads one payment.
func (g *Gateway) Payment(ctx context.Context, id string) (*mollie.Payment, error) {
	_, p, err := g.c.Payments.Get(ctx, id, nil)
	return p, err
}
