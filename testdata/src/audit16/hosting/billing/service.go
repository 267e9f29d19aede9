// Package billing talks to Stripe for plans, metered overage, dunning and
// refunds of unused credit.
package billing

import (
	"errors"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/retryx"
	"audit16/hosting/store"
)

// Service is the Stripe side of billing.
type Service struct {
	sc     *stripe.Client
	store  *store.Billing
	policy retryx.Policy
	cur    string
}

// Option configures a Service.
type Option func(*Service)

// WithPolicy overrides the retry policy used for Stripe writes.
func WithPolicy(p retryx.Policy) Option { return func(s *Service) { s.policy = p } }

// WithCurrency sets the settlement currency (default usd).
func WithCurrency(c string) Option { return func(s *Service) { s.cur = c } }

func New(sc *stripe.Client, st *store.Billing, opts ...Option) *Service {
	s := &Service{sc: sc, store: st, policy: retryx.NewPolicy(), cur: string(stripe.CurrencyUSD)}
	for _, o := range opts {
		o(s)
	}
	return s
}

// classifyStripe tells retryx which Stripe errors are worth another try.
func classifyStripe(err error) error {
	if err == nil {
		return nil
	}
	var se *stripe.Error
	if errors.As(err, &se) {
		if se.HTTPStatusCode == http.StatusTooManyRequests || se.HTTPStatusCode >= 500 {
			return err
		}
		return retryx.Permanent(err)
	}
	return err
}
