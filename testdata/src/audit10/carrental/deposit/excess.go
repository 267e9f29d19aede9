package deposit

import (
	"context"
	"fmt"
	"time"

	"github.com/braintree-go/braintree-go"

	"audit10/carrental/domain"
)

// chargeExcess charges what the deposit did not cover. In the US the
// renter's vaulted Braintree method is charged again; elsewhere the
// damages desk bills the card through stripepay.
func (s *Service) chargeExcess(ctx context.Context, r *domain.Rental, cents int64) error {
	if r.DepositVia != "braintree" {
		s.log.Info("excess handed to damages desk", "rental", r.ID, "cents", cents)
		return nil
	}
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(cents, 2),
		OrderId:            "excess-" + r.ID,
		PaymentMethodNonce: r.PaymentMethod,
	}
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		tx, err := s.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by a for loop"
		if err == nil {
			s.log.Info("excess charged", "rental", r.ID, "tx", tx.Id)
			return nil
		}
		lastErr = err
		s.log.Warn("excess charge failed", "rental", r.ID, "attempt", attempt, "err", err)
		time.Sleep(time.Duration(attempt*2) * time.Second)
	}
	return fmt.Errorf("excess charge %s: %w", r.ID, lastErr)
}

// Lookup returns the Braintree status of a deposit, retrying reads on
// transient failures.
func (s *Service) Lookup(ctx context.Context, txID string) (braintree.TransactionStatus, error) {
	wait := time.Second
	for attempt := 0; ; attempt++ {
		tx, err := s.bt.Transaction().Find(ctx, txID)
		if err == nil {
			return tx.Status, nil
		}
		if attempt == 3 {
			return "", err
		}
		time.Sleep(wait)
		wait *= 2
	}
}
