// Package billing is the Stripe side of the business: move-in checkout,
// saving a card for rent, off-session rent charges and deposit refunds.
package billing

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/setupintent"

	"audit21/storage/db"
	"audit21/storage/platform"
	"audit21/storage/store"
)

// Service is the Stripe billing service.
type Service struct {
	q         *db.Queries
	st        *store.Store
	sc        *stripe.Client
	log       *slog.Logger
	publicURL string
	retry     platform.RetryPolicy
}

// Option configures a Service.
type Option func(*Service)

// WithRetry overrides the retry policy for rent charges.
func WithRetry(p platform.RetryPolicy) Option { return func(s *Service) { s.retry = p } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// New returns the billing service. stripe.Key is set by main for the
// package-level API.
func New(q *db.Queries, st *store.Store, key, publicURL string, opts ...Option) *Service {
	s := &Service{
		q:         q,
		st:        st,
		sc:        stripe.NewClient(key),
		log:       slog.Default(),
		publicURL: publicURL,
		retry:     platform.DefaultRetry,
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// StartMoveIn opens a Checkout Session for the first month and the deposit
// and returns the URL to send the customer to.
func (s *Service) StartMoveIn(ctx context.Context, r db.Rental, rentPrice, depositPrice string) (string, error) {
	params := &stripe.CheckoutSessionCreateParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(strconv.FormatInt(r.ID, 10)),
		SuccessURL:        stripe.String(s.publicURL + "/move-in/complete?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(s.publicURL + "/move-in/cancelled"),
		LineItems: []*stripe.CheckoutSessionCreateLineItemParams{
			{Price: stripe.String(rentPrice), Quantity: stripe.Int64(1)},
			{Price: stripe.String(depositPrice), Quantity: stripe.Int64(1)},
		},
		Metadata: map[string]string{"rental_id": strconv.FormatInt(r.ID, 10), "site": r.SiteCode},
	}
	params.SetIdempotencyKey(fmt.Sprintf("move-in-%d", r.ID))
	cs, err := s.sc.V1CheckoutSessions.Create(ctx, params)
	if err != nil {
		return "", fmt.Errorf("checkout: %w", err)
	}
	if err := s.q.SetCheckoutSession(ctx, db.SetCheckoutSessionParams{ID: r.ID, CheckoutSession: cs.ID}); err != nil {
		return "", err
	}
	return cs.URL, nil
}

// Session returns a Checkout Session.
func (s *Service) Session(ctx context.Context, id string) (*stripe.CheckoutSession, error) {
	return session.Get(id, nil)
}

// StartCardSetup creates a SetupIntent so the customer can save a card for
// monthly rent.
func (s *Service) StartCardSetup(ctx context.Context, r db.Rental) (*stripe.SetupIntent, error) {
	params := &stripe.SetupIntentParams{
		Customer:           stripe.String(r.StripeCustomer),
		Usage:              stripe.String(string(stripe.SetupIntentUsageOffSession)),
		PaymentMethodTypes: []*string{stripe.String("card")},
		Metadata:           map[string]string{"rental_id": strconv.FormatInt(r.ID, 10)},
	}
	params.SetIdempotencyKey(fmt.Sprintf("setup-%d-%s", r.ID, r.StripeCustomer))
	return setupintent.New(params)
}

// SetupResult reads a SetupIntent back.
func (s *Service) SetupResult(ctx context.Context, id string) (*stripe.SetupIntent, error) {
	return setupintent.Get(id, nil)
}
