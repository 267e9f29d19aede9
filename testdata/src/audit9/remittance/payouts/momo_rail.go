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
		d, err := r.client.Disburse(ctx, req) // want "\\[idempotency\\] momo.Client.Disburse \\(POST /v1/disbursements\\) is retried by a for loop \\(line 40\\) without an idempotency key" "\\[pollcreate\\] payment momo.Client.Disburse \\(POST /v1/disbursements\\) made again on every pass of the loop \\(line 40\\) after payouts.Waiter.AwaitFinal \\(line 45\\) stops waiting"
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
