// Package stripepay handles card payments: shop checkout sessions and
// off-session cellar storage fees.
package stripepay

import (
	"context"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit23/wineclub/domain"
	"audit23/wineclub/platform"
)

type Service struct {
	baseURL string
}

func New(key, baseURL string) *Service {
	stripe.Key = key
	return &Service{baseURL: baseURL}
}

// StartCheckout opens a Checkout Session for a shop order.
func (s *Service) StartCheckout(ctx context.Context, o *domain.ShopOrder, prices map[string]string) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(o.ID),
		SuccessURL:        stripe.String(s.baseURL + "/shop/checkout/success?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(s.baseURL + "/shop/cart"),
		Metadata:          map[string]string{"order_id": o.ID},
	}
	for _, l := range o.Lines {
		params.LineItems = append(params.LineItems, &stripe.CheckoutSessionLineItemParams{
			Price:    stripe.String(prices[l.SKU]),
			Quantity: stripe.Int64(int64(l.Quantity)),
		})
	}
	params.SetIdempotencyKey("checkout-" + o.ID)
	return session.New(params)
}

// Session reads a checkout session back.
func (s *Service) Session(id string) (*stripe.CheckoutSession, error) {
	return session.Get(id, nil)
}

func feeParams(m *domain.Member, f *domain.CellarFee) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(f.Amount.Cents),
		Currency:      stripe.String(f.Amount.Currency),
		Customer:      stripe.String(m.StripeCustomerID),
		PaymentMethod: stripe.String(m.StripePMID),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Description:   stripe.String("Cellar storage " + f.Period),
		Metadata:      map[string]string{"cellar_fee": f.ID},
	}
}

// ChargeFee charges a storage fee off-session. The caller supplies the key.
func (s *Service) ChargeFee(m *domain.Member, f *domain.CellarFee, key string) (*stripe.PaymentIntent, error) {
	p := feeParams(m, f)
	if key != "" {
		p.SetIdempotencyKey(key)
	}
	return paymentintent.New(p)
}

// ChargeFeeAndWait charges a storage fee and waits for SEPA or card
// processing to finish, so the admin screen can show the result.
func (s *Service) ChargeFeeAndWait(ctx context.Context, m *domain.Member, f *domain.CellarFee) (*stripe.PaymentIntent, error) {
	pi, err := s.ChargeFee(m, f, "cellar-"+f.ID)
	if err != nil {
		return nil, err
	}
	started := time.Now()
	for i := 0; i < 60; i++ {
		pi, err = paymentintent.Get(pi.ID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, domain.ErrDeclined
		}
		if pi.Status == stripe.PaymentIntentStatusProcessing && time.Since(started) > 2*time.Minute {
			platform.Logger("stripe").Warn("fee stuck in processing, charging again", "fee", f.ID, "pi", pi.ID)
			pi, err = s.ChargeFee(m, f, "cellar-"+f.ID+"-2") // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi\\.ID \\(line 80\\):"
			if err != nil {
				return nil, err
			}
			started = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second): // audit: lookalike pollinterval: the PaymentIntent is read every 5s, within 60 rounds and the context
		}
	}
	return pi, domain.ErrPending
}

// Settled reads a PaymentIntent and reports whether it has reached a
// final state.
func (s *Service) Settled(id string) (*stripe.PaymentIntent, bool, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, false, err
	}
	switch pi.Status {
	case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
		return pi, true, nil
	}
	return pi, false, nil
}
