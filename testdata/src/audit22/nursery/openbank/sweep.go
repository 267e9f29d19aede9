package openbank

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"audit22/nursery/domain"
)

// Sweeper collects monthly fees from Irish families over a VRP mandate.
type Sweeper struct {
	bank    *Client
	maxWait time.Duration
	log     *slog.Logger
}

func NewSweeper(bank *Client, maxWait time.Duration) *Sweeper {
	return &Sweeper{bank: bank, maxWait: maxWait, log: slog.Default()}
}

// Collect takes one invoice over the family's VRP mandate. The bank
// sometimes sits on a sweep; when it does we send it again.
func (s *Sweeper) Collect(ctx context.Context, inv domain.Invoice, mandateID string) (string, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p, err := s.bank.CreatePayment(ctx, PaymentRequest{ // want "\\[idempotency\\] openbank\\.Client\\.CreatePayment \\(POST /v3/payments\\) is retried by a for loop" "\\[pollcreate\\] payment openbank\\.Client\\.CreatePayment \\(POST /v3/payments\\) made again on"
			AmountInMinor: inv.AmountMinor,
			Currency:      inv.Currency,
			Reference:     fmt.Sprintf("FEES %s", inv.Period),
			MandateID:     mandateID,
			Metadata:      map[string]string{"invoice_id": inv.ID},
		})
		if err != nil {
			return "", err
		}
		ok, err := s.bank.WaitExecuted(ctx, p.ID, s.maxWait)
		if err != nil {
			return "", err
		}
		if ok {
			return p.ID, nil
		}
		s.log.Warn("vrp sweep not executed yet, resending", "invoice", inv.ID, "payment", p.ID, "attempt", attempt)
	}
	return "", fmt.Errorf("vrp sweep for invoice %s not executed", inv.ID)
}
