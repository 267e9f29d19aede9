package funding

import (
	"context"
	"fmt"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit9/remittance/domain"
	"audit9/remittance/platform"
)

// BankDebit collects transfers from a mandate on the sender's bank account.
type BankDebit struct {
	gc     *gocardless.Service
	policy platform.RetryPolicy
}

// NewBankDebit returns a collector over the GoCardless service.
func NewBankDebit(gc *gocardless.Service) *BankDebit {
	return &BankDebit{gc: gc, policy: platform.DefaultPolicy}
}

// Collect creates the debit for a transfer against mandateID.
func (b *BankDebit) Collect(ctx context.Context, t *domain.Transfer, mandateID string) (*gocardless.Payment, error) {
	params := gocardless.PaymentCreateParams{
		Amount:    int(t.SourceAmount),
		Currency:  t.SourceCurrency,
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: mandateID},
		Reference: "RMT" + t.ID[:8],
	}
	key := "debit-" + t.ID
	p, err := platform.Do(ctx, b.policy, func(ctx context.Context) (*gocardless.Payment, error) {
		return b.gc.Payments.Create(ctx, params, gocardless.WithIdempotencyKey(key))
	})
	if err != nil {
		return nil, fmt.Errorf("collect transfer %s: %w", t.ID, err)
	}
	return p, nil
}
