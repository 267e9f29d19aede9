package members

import (
	"context"

	"audit14/cowork/store"
)

// Events applies GoCardless payment events to memberships.
type Events struct {
	store *store.Members
}

// NewEvents returns the membership event service.
func NewEvents(s *store.Members) *Events { return &Events{store: s} }

// PaymentConfirmed extends the membership the payment paid for by a month.
func (e *Events) PaymentConfirmed(ctx context.Context, paymentID string) (*store.Membership, error) {
	m, err := e.store.MembershipByPayment(ctx, paymentID)
	if err != nil {
		return nil, err
	}
	m.PaidThrough = m.PaidThrough.AddDate(0, 1, 0)
	if err := e.store.SetPaidThrough(ctx, m.ID, m.PaidThrough); err != nil {
		return nil, err
	}
	return m, nil
}

// PaymentFailed marks the membership past due.
func (e *Events) PaymentFailed(ctx context.Context, paymentID string) error {
	m, err := e.store.MembershipByPayment(ctx, paymentID)
	if err != nil {
		return err
	}
	return e.store.SetStatus(ctx, m.ID, "past_due")
}
