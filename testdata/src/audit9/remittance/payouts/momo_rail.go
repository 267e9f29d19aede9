package payouts

import (
	"context"
	"fmt"
	"log"

	"audit9/remittance/domain"
	"audit9/remittance/momo"
)

// Waiter waits for a mobile-money disbursement to settle and returns its
// last known status.
type Waiter interface {
	AwaitFinal(ctx context.Context, disbursementID string) (string, error)
}

// MomoRail pays mobile wallets through the aggregator.
type MomoRail struct {
	client  *momo.Client
	waiter  Waiter
	network func(msisdn string) string
	log     *log.Logger
}

// NewMomoRail returns the mobile-money rail.
func NewMomoRail(client *momo.Client, waiter Waiter, network func(string) string) *MomoRail {
	return &MomoRail{client: client, waiter: waiter, network: network, log: log.Default()}
}

// Send disburses to the recipient's wallet and waits for the network.
func (r *MomoRail) Send(ctx context.Context, t *domain.Transfer) (string, error) {
	req := momo.DisbursementRequest{
		MSISDN:    t.RecipientPhone,
		Amount:    t.TargetAmount,
		Currency:  t.TargetCurrency,
		Network:   r.network(t.RecipientPhone),
		Narration: "Remittance " + t.ID[:8],
	}
	for attempt := 1; attempt <= 2; attempt++ {
		d, err := r.client.Disburse(ctx, req) // audit: missed pollcreate: when AwaitFinal gives up it returns PENDING and the loop disburses again while the first disbursement may still settle: two payouts (Hilt "Do not create a second payment just because confirmation is still catching up") // audit: missed idempotency: the repeated disbursement carries no key at all, so the aggregator cannot fold it into the pending one (Tally "Idempotency is the retry primitive")
		if err != nil {
			return "", err
		}
		status, err := r.waiter.AwaitFinal(ctx, d.ID)
		if err != nil {
			return "", err
		}
		switch status {
		case momo.StatusSuccessful:
			return "momo:" + d.ID, nil
		case momo.StatusFailed, momo.StatusReversed:
			return "", fmt.Errorf("%w: disbursement %s %s", domain.ErrPayoutFailed, d.ID, status)
		}
		r.log.Printf("disbursement %s for transfer %s still %s after wait (attempt %d)", d.ID, t.ID, status, attempt)
	}
	return "", domain.ErrStillPending
}
