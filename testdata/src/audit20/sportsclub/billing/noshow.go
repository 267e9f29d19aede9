package billing

import (
	"context"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/psp"
	"audit20/sportsclub/store"
)

// NoShows charges no-show fees to members' saved cards.
type NoShows struct {
	fees *store.Fees
	cko  *psp.Checkout
}

// NewNoShows wires the service.
func NewNoShows(f *store.Fees, c *psp.Checkout) *NoShows { return &NoShows{fees: f, cko: c} }

// CollectPending charges every pending fee once. The processor's webhook
// reports the outcome.
func (s *NoShows) CollectPending(ctx context.Context) error {
	log := platform.L("noshow")
	pending, err := s.fees.PendingNoShows(ctx)
	if err != nil {
		return err
	}
	for _, f := range pending {
		res, err := s.cko.ChargeNoShow(ctx, f) // audit: reported at worker/worker.go:56 (idempotency, where the cron job's table runs CollectPending): runs from the cron job over rows still 'pending' and psp.Checkout.ChargeNoShow passes a nil idempotency key; a fee whose response was lost (or whose status write failed) is charged again on the next run
		if err != nil {
			if networkError(err) {
				log.Warn("no answer from processor, next run tries again", "fee", f.ID, "err", err)
				continue
			}
			log.Error("charge refused", "fee", f.ID, "err", err)
			if err := s.fees.FailNoShow(ctx, f.ID); err != nil {
				return err
			}
			continue
		}
		if err := s.fees.SetNoShowRequested(ctx, f.ID, res.Id); err != nil {
			return err
		}
	}
	return nil
}

// Waive cancels a fee the front desk forgave.
func (s *NoShows) Waive(ctx context.Context, paymentID string) (domain.NoShowFee, error) {
	return s.fees.SetNoShowStatus(ctx, paymentID, "waived")
}
