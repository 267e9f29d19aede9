// Package cards takes card payments through Stripe: the registration
// deposit (Checkout), saved cards (SetupIntents) and extras charged off-session.
package cards

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/setupintent"

	"audit22/nursery/domain"
	"audit22/nursery/platform"
)

// Service wraps the Stripe calls nurseryd makes.
type Service struct {
	publicURL string
	log       *slog.Logger
	policy    platform.RetryPolicy
	settle    time.Duration
}

type Option func(*Service)

func WithRetryPolicy(p platform.RetryPolicy) Option { return func(s *Service) { s.policy = p } }
func WithSettleWait(d time.Duration) Option         { return func(s *Service) { s.settle = d } }

func New(apiKey, publicURL string, opts ...Option) *Service {
	stripe.Key = apiKey
	s := &Service{publicURL: strings.TrimRight(publicURL, "/"), log: slog.Default(), policy: platform.DefaultPolicy, settle: 2 * time.Minute}
	for _, o := range opts {
		o(s)
	}
	return s
}

// StartSetup saves a card for later extras.
func (s *Service) StartSetup(ctx context.Context, fam *domain.Family) (*stripe.SetupIntent, error) {
	return setupintent.New(&stripe.SetupIntentParams{
		Customer:           stripe.String(fam.StripeCustomerID),
		Usage:              stripe.String(string(stripe.SetupIntentUsageOffSession)),
		PaymentMethodTypes: []*string{stripe.String("card")},
		Metadata:           map[string]string{"family_id": fam.ID},
	})
}

// SetupResult reads a SetupIntent back after the return redirect.
func (s *Service) SetupResult(ctx context.Context, id string) (*stripe.SetupIntent, error) {
	return setupintent.Get(id, nil)
}

// StartDeposit creates the Checkout session for a registration deposit.
func (s *Service) StartDeposit(ctx context.Context, d *domain.Deposit, fam *domain.Family) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(d.ChildID),
		SuccessURL:        stripe.String(s.publicURL + "/deposit/complete?session_id={CHECKOUT_SESSION_ID}&child=" + d.ChildID),
		CancelURL:         stripe.String(s.publicURL + "/deposit/cancelled?child=" + d.ChildID),
		LineItems: []*stripe.CheckoutSessionLineItemParams{
			{Price: stripe.String(depositPrice(d.Currency)), Quantity: stripe.Int64(1)},
		},
		Metadata: map[string]string{"child_id": d.ChildID, "family_id": fam.ID, "kind": "deposit"},
	}
	params.SetIdempotencyKey("deposit-" + d.ID)
	return session.New(params)
}

// DepositSession reads the Checkout session back.
func (s *Service) DepositSession(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	return session.Get(id, nil)
}

func depositPrice(currency string) string {
	if currency == domain.EUR {
		return "price_deposit_eur"
	}
	return "price_deposit_gbp"
}

// ChargeExtra charges a late pick-up, trip or sundry to the saved card.
func (s *Service) ChargeExtra(ctx context.Context, fam *domain.Family, e *domain.Extra) (*stripe.PaymentIntent, error) {
	var pi *stripe.PaymentIntent
	err := platform.Retry(ctx, s.policy, func(ctx context.Context) error {
		var err error
		pi, err = paymentintent.New(extraParams(fam, e)) // want "\\[idempotency\\] stripe paymentintent\\.New is retried by platform\\.Retry \\(line 91\\) without"
		return err
	})
	if err != nil {
		return nil, err
	}
	return pi, nil
}

func extraParams(fam *domain.Family, e *domain.Extra) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(e.AmountMinor),
		Currency:      stripe.String(strings.ToLower(e.Currency)),
		Customer:      stripe.String(fam.StripeCustomerID),
		PaymentMethod: stripe.String(fam.DefaultCardPM),
		OffSession:    stripe.Bool(true),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String(fmt.Sprintf("%s for child %s", e.Kind, e.ChildID)),
		Metadata:      map[string]string{"extra_id": e.ID, "family_id": fam.ID},
	}
}

// ChargeBundle charges the month's sundries (meals, nappies) in one go.
// A soft decline often clears after a few minutes, so we give it three goes.
func (s *Service) ChargeBundle(ctx context.Context, fam *domain.Family, period string, minor int64) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(minor),
		Currency:      stripe.String(strings.ToLower(fam.Currency)),
		Customer:      stripe.String(fam.StripeCustomerID),
		PaymentMethod: stripe.String(fam.DefaultCardPM),
		OffSession:    stripe.Bool(true),
		Confirm:       stripe.Bool(true),
		Metadata:      map[string]string{"family_id": fam.ID, "period": period},
	}
	params.SetIdempotencyKey("bundle-" + fam.ID + "-" + period) // audit: lookalike idempotency: the key is derived from family and period, set once, and the same params are sent on each attempt
	wait := 2 * time.Second
	for attempt := 1; ; attempt++ {
		pi, err := paymentintent.New(params)
		if err == nil {
			return pi, nil
		}
		var serr *stripe.Error
		if !errors.As(err, &serr) || attempt == 3 {
			return nil, err
		}
		if serr.Type == stripe.ErrorTypeCard || serr.Type == stripe.ErrorTypeAPI { // want "\\[retrystatus\\] stripe paymentintent\\.New is retried by a for loop \\(line 129\\): stripe errors"
			s.log.Warn("bundle charge failed, retrying", "family", fam.ID, "code", serr.Code)
			time.Sleep(wait)
			wait *= 2
			continue
		}
		return nil, err
	}
}

// Collect charges a trip and waits for the card to settle, because some
// Irish banks hold the charge in processing for a while.
func (s *Service) Collect(ctx context.Context, fam *domain.Family, e *domain.Extra) (*stripe.PaymentIntent, error) {
	params := extraParams(fam, e)
	params.SetIdempotencyKey("trip-" + e.ID)
	pi, err := paymentintent.New(params)
	if err != nil {
		return nil, err
	}
	started := time.Now()
	round := 1
	for i := 0; i < 40; i++ {
		pi, err = paymentintent.Get(pi.ID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, fmt.Errorf("trip charge %s: %s", pi.ID, pi.Status)
		}
		if time.Since(started) > s.settle {
			round++
			retryParams := extraParams(fam, e)
			retryParams.SetIdempotencyKey(fmt.Sprintf("trip-%s-%d", e.ID, round))
			pi, err = paymentintent.New(retryParams) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi\\.ID \\(line 159\\):"
			if err != nil {
				return nil, err
			}
			started = time.Now()
		}
		time.Sleep(5 * time.Second)
	}
	return pi, errors.New("trip charge still processing")
}

// RefundDeposit returns a registration deposit (a child who never started).
func (s *Service) RefundDeposit(ctx context.Context, intentID string, minor int64) (*stripe.Refund, error) {
	return refund.New(&stripe.RefundParams{
		PaymentIntent: stripe.String(intentID),
		Amount:        stripe.Int64(minor),
		Reason:        stripe.String("requested_by_customer"),
	})
}

// PaymentIntent reads an intent.
func (s *Service) PaymentIntent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	return paymentintent.Get(id, nil)
}
