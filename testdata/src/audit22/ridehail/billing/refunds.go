package billing

import (
	"context"
	"fmt"

	"audit22/ridehail/platform"
	"audit22/ridehail/store"
)

// RefundCancelled refunds the fare of a trip cancelled by the driver.
func (s *Service) RefundCancelled(ctx context.Context, paymentID, reason string) error {
	p, err := s.repo.Payment(ctx, paymentID)
	if err != nil {
		return err
	}
	if p.Status != store.PayPaid {
		return nil
	}
	switch p.Provider {
	case "razorpay":
		if _, err := s.razor.Refund(ctx, p.ProviderRef, int(platform.Minor(p.Currency, p.Amount)), reason); err != nil {
			return err
		}
	case "xendit":
		if _, err := s.xendit.Refund(ctx, p.ProviderRef, "refund-"+p.ID, p.Amount); err != nil {
			return err
		}
	default:
		return fmt.Errorf("refund via %s is manual", p.Provider)
	}
	return s.repo.SetPaymentStatus(ctx, p.ID, store.PayRefunded)
}

// GrantPromo gives a rider promo credit after a bad trip.
func (s *Service) GrantPromo(ctx context.Context, pc *store.PromoCredit) error {
	return s.repo.GrantPromo(ctx, pc)
}
