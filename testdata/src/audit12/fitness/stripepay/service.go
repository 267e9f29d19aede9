// Package stripepay charges memberships and class packs off-session with
// Stripe PaymentIntents on saved cards.
package stripepay

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit12/fitness/domain"
	"audit12/fitness/kit"
)

// Service talks to Stripe for one merchant account.
type Service struct {
	sc          *stripe.Client
	memberships domain.MembershipStore
}

// Option configures a Service.
type Option func(*Service)

// WithMemberships sets the membership store.
func WithMemberships(ms domain.MembershipStore) Option {
	return func(s *Service) { s.memberships = ms }
}

func New(sc *stripe.Client, opts ...Option) *Service {
	s := &Service{sc: sc}
	for _, o := range opts {
		o(s)
	}
	return s
}

func offSessionParams(m domain.Member, amount int64, currency, desc string) *stripe.PaymentIntentCreateParams {
	return &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(amount),
		Currency:      stripe.String(currency),
		Customer:      stripe.String(m.StripeCustomerID),
		PaymentMethod: stripe.String(m.PaymentMethodID),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String(desc),
	}
}

// ChargeClassPack charges a class pack purchase on the member's saved card.
func (s *Service) ChargeClassPack(ctx context.Context, m domain.Member, purchaseID string, amount int64, classes int) (*stripe.PaymentIntent, error) {
	params := offSessionParams(m, amount, "eur", fmt.Sprintf("Class pack x%d", classes))
	params.Metadata = map[string]string{"purchase_id": purchaseID, "classes": fmt.Sprint(classes)}
	params.SetIdempotencyKey("pack-" + purchaseID)

	var pi *stripe.PaymentIntent
	err := kit.Retry(ctx, 3, 2*time.Second, func(ctx context.Context) error {
		var err error
		pi, err = s.sc.V1PaymentIntents.Create(ctx, params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != http.StatusTooManyRequests {
			return kit.Stop(err)
		}
		return err
	})
	return pi, err
}

// ChargeStored implements domain.Charger for monthly renewals.
func (s *Service) ChargeStored(ctx context.Context, m domain.Member, inv domain.Invoice) (string, error) {
	params := offSessionParams(m, inv.AmountCents, inv.Currency, "Monthly membership")
	params.SetIdempotencyKey(fmt.Sprintf("inv-%s-%d", inv.ID, inv.Attempts))
	pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
	if err != nil {
		return "", err
	}
	if pi.Status == stripe.PaymentIntentStatusProcessing {
		if err := s.awaitProcessing(ctx, pi.ID); err != nil {
			return pi.ID, err
		}
		return pi.ID, nil
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return pi.ID, domain.ErrDeclined
	}
	return pi.ID, nil
}

// awaitProcessing waits for a SEPA debit to leave the processing state.
func (s *Service) awaitProcessing(ctx context.Context, id string) error {
	for i := 0; i < 30; i++ {
		pi, err := s.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return domain.ErrDeclined
		}
		time.Sleep(time.Second) // want "\\[pollinterval\\] payment status polled every 1s"
	}
	return domain.ErrStillPending
}
