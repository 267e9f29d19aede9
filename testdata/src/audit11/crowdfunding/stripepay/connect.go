package stripepay

import (
	"context"

	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/domain"
	"audit11/crowdfunding/retryx"
)

// ConnectRail pays creators who onboarded with Stripe Connect.
type ConnectRail struct {
	c *Client
}

func NewConnectRail(c *Client) *ConnectRail { return &ConnectRail{c: c} }

func (r *ConnectRail) Name() string { return "stripe" }

// Send transfers the campaign's funds to the creator's connected account.
func (r *ConnectRail) Send(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error) {
	tr, err := retryx.Do(ctx, r.c.retry, func(ctx context.Context) (*stripe.Transfer, error) {
		params := &stripe.TransferCreateParams{
			Amount:      stripe.Int64(p.AmountCents),
			Currency:    stripe.String(p.Currency),
			Destination: stripe.String(cr.StripeAccountID),
		}
		params.AddMetadata("payout_id", p.ID)
		params.AddMetadata("campaign_id", p.CampaignID)
		t, err := r.c.sc.V1Transfers.Create(ctx, params) // want "\\[idempotency\\] stripe V1Transfers.Create is retried by retryx.Do \\(line 23\\) without an idempotency key"
		return t, classify(err)
	})
	if err != nil {
		return "", err
	}
	return tr.ID, nil
}
