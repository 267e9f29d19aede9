// Package workers runs the platform's background jobs: closing campaigns
// (capture or release the pledges), paying creators and reconciling
// payouts with the bank.
package workers

import (
	"context"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/plutov/paypal/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/domain"
)

// CardGateway is the Stripe side of pledges.
type CardGateway interface {
	CapturePledge(ctx context.Context, p *domain.Pledge) (*stripe.PaymentIntent, error)
	AwaitSettled(ctx context.Context, intentID string) error
	ReleasePledge(ctx context.Context, p *domain.Pledge) error
}

// PayPalRefunder refunds PayPal pledges.
type PayPalRefunder interface {
	Refund(ctx context.Context, p *domain.Pledge) (*paypal.RefundResponse, error)
}

// ChainRefunder sends USDC back.
type ChainRefunder interface {
	Refund(ctx context.Context, to common.Address, amount *big.Int) (common.Hash, error)
}

// GoalWorker closes campaigns whose end date has passed: funded ones have
// their held pledges captured, failed ones released or refunded.
type GoalWorker struct {
	campaigns domain.CampaignStore
	pledges   domain.PledgeStore
	cards     CardGateway
	paypal    PayPalRefunder
	chain     ChainRefunder
	log       *slog.Logger
}

func NewGoalWorker(c domain.CampaignStore, p domain.PledgeStore, cards CardGateway, pp PayPalRefunder, ch ChainRefunder, log *slog.Logger) *GoalWorker {
	return &GoalWorker{campaigns: c, pledges: p, cards: cards, paypal: pp, chain: ch, log: log}
}

// RunOnce closes the campaigns that ended.
func (w *GoalWorker) RunOnce(ctx context.Context) error {
	ended, err := w.campaigns.EndedLive(ctx, time.Now())
	if err != nil {
		return err
	}
	for _, c := range ended {
		funded := c.RaisedCents >= c.GoalCents
		state := map[bool]string{true: "funded", false: "failed"}[funded]
		if err := w.campaigns.SetState(ctx, c.ID, state); err != nil {
			return err
		}
		if funded {
			w.captureAll(ctx, c.ID)
		} else {
			w.releaseAll(ctx, c.ID)
		}
	}
	return nil
}

// captureAll collects every held card pledge of a funded campaign.
func (w *GoalWorker) captureAll(ctx context.Context, campaignID string) {
	held, err := w.pledges.ListByCampaign(ctx, campaignID, domain.PledgeAuthorized)
	if err != nil {
		w.log.Error("list held pledges", "campaign", campaignID, "err", err)
		return
	}
	for i := range held {
		p := &held[i]
		if p.Method != domain.MethodCard {
			continue
		}
		pi, err := w.cards.CapturePledge(ctx, p)
		if err != nil {
			w.log.Warn("capture failed", "pledge", p.ID, "err", err)
			continue
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing {
			go func(id, intent string) {
				ctx, cancel := context.WithTimeout(context.Background(), 6*time.Hour)
				defer cancel()
				if err := w.cards.AwaitSettled(ctx, intent); err == nil {
					_ = w.pledges.SetStatus(ctx, id, domain.PledgeCollected)
				}
			}(p.ID, pi.ID)
			continue
		}
		_ = w.pledges.SetStatus(ctx, p.ID, domain.PledgeCollected)
	}
}

// releaseAll gives every backer of a failed campaign their money back.
func (w *GoalWorker) releaseAll(ctx context.Context, campaignID string) {
	for _, status := range []domain.PledgeStatus{domain.PledgeAuthorized, domain.PledgeCollected} {
		pledges, err := w.pledges.ListByCampaign(ctx, campaignID, status)
		if err != nil {
			w.log.Error("list pledges", "campaign", campaignID, "err", err)
			return
		}
		for i := range pledges {
			p := &pledges[i]
			var err error
			next := domain.PledgeRefunded
			switch p.Method {
			case domain.MethodCard:
				err, next = w.cards.ReleasePledge(ctx, p), domain.PledgeReleased
			case domain.MethodPayPal:
				_, err = w.paypal.Refund(ctx, p)
			case domain.MethodUSDC:
				units := new(big.Int).Mul(big.NewInt(p.AmountCents), big.NewInt(10_000)) // 6-decimal USDC
				_, err = w.chain.Refund(ctx, walletOf(p), units)
			}
			if err != nil {
				w.log.Warn("release failed", "pledge", p.ID, "err", err)
				continue
			}
			_ = w.pledges.SetStatus(ctx, p.ID, next)
		}
	}
}

// walletOf is the address a USDC pledge was sent from.
func walletOf(p *domain.Pledge) common.Address {
	h := common.HexToHash(p.Wallet)
	var a common.Address
	copy(a[:], h[12:])
	return a
}
