package stripefund

import (
	"context"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/transfer"

	"audit10/escrow/domain"
)

// ConnectRail pays freelancers who onboarded with Stripe Connect.
type ConnectRail struct {
	currency string
}

// NewConnectRail returns the Connect rail.
func NewConnectRail(currency string) *ConnectRail { return &ConnectRail{currency: currency} }

// Release transfers the milestone amount minus the platform fee to the
// freelancer's connected account.
func (c *ConnectRail) Release(ctx context.Context, m domain.Milestone) (string, error) {
	params := &stripe.TransferParams{
		Amount:      stripe.Int64(m.PayoutAmount()),
		Currency:    stripe.String(c.currency),
		Destination: stripe.String(m.PayeeAccount),
	}
	params.Context = ctx
	params.SetIdempotencyKey("release-" + m.ID)
	params.AddMetadata("milestone_id", m.ID)
	tr, err := transfer.New(params)
	if err != nil {
		return "", err
	}
	return tr.ID, nil
}
