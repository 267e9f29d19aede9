// Package copays collects visit copays through Braintree.
package copays

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit13/clinic/domain"

	"github.com/braintree-go/braintree-go"
	"github.com/cenkalti/backoff/v4"
)

const settlePollEvery = 750 * time.Millisecond

// ErrDeclined is returned when Braintree declines the copay.
var ErrDeclined = errors.New("copay declined")

// Service charges copays.
type Service struct {
	bt     *braintree.Braintree
	visits domain.VisitStore
}

// New returns a copay service.
func New(bt *braintree.Braintree, visits domain.VisitStore) *Service {
	return &Service{bt: bt, visits: visits}
}

// Charge runs the copay sale for a visit with the nonce from the Drop-in UI.
func (s *Service) Charge(ctx context.Context, v *domain.Visit, nonce string) (*braintree.Transaction, error) {
	req := &braintree.TransactionRequest{
		Type:               "sale",
		Amount:             braintree.NewDecimal(v.CopayCents, 2),
		OrderId:            "copay-" + v.ID,
		PaymentMethodNonce: nonce,
	}
	policy := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 3), ctx)
	return backoff.RetryWithData(func() (*braintree.Transaction, error) {
		tx, err := s.bt.Transaction().Create(ctx, req) // want "\\[idempotency\\] braintree Transaction.Create is retried by backoff.RetryWithData \\(line 41\\) without an idempotency key"
		if err != nil {
			return nil, err
		}
		if tx.Status == "processor_declined" || tx.Status == "gateway_rejected" {
			return nil, backoff.Permanent(ErrDeclined)
		}
		return tx, nil
	}, policy)
}

// WaitSettled watches a submitted copay until Braintree settles or declines it.
func (s *Service) WaitSettled(ctx context.Context, txID string) (*braintree.Transaction, error) {
	tick := time.NewTicker(settlePollEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	defer tick.Stop()
	for i := 0; i < 120; i++ {
		tx, err := s.bt.Transaction().Find(ctx, txID)
		if err != nil {
			return nil, err
		}
		switch tx.Status {
		case braintree.TransactionStatusSettled:
			return tx, nil
		case "settlement_declined", "voided", "processor_declined", "gateway_rejected":
			return tx, fmt.Errorf("%w: %s", ErrDeclined, tx.Status)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
	return nil, fmt.Errorf("copay %s not settled yet", txID)
}
