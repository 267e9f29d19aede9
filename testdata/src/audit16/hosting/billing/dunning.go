package billing

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/store"
)

// PayOpenInvoice tries the open invoice against the customer's default card.
func (s *Service) PayOpenInvoice(ctx context.Context, invoiceID string) (*stripe.Invoice, error) {
	params := &stripe.InvoicePayParams{}
	params.SetIdempotencyKey("dunning-" + invoiceID + "-" + time.Now().UTC().Format("2006-01-02"))
	wait := 2 * time.Second
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		inv, err := s.sc.V1Invoices.Pay(ctx, invoiceID, params)
		if err == nil {
			return inv, nil
		}
		lastErr = err
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeInvalidRequest { // want "\\[retrystatus\\] stripe V1Invoices.Pay is retried by a for loop \\(line 19\\): stripe errors of type card_error are retried"
			return nil, err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, lastErr
}

// CollectOutstanding charges an overdue balance to the saved payment method
// and waits for the result. It reports whether the money arrived.
func (s *Service) CollectOutstanding(ctx context.Context, acct *store.Account, cents int64) (bool, error) {
	pi, err := s.chargeOffSession(ctx, acct, cents)
	if err != nil {
		return false, err
	}
	started := time.Now()
	deadline := time.After(45 * time.Minute)
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-deadline:
			return false, nil
		case <-tick.C:
		}
		cur, err := s.sc.V1PaymentIntents.Retrieve(ctx, pi.ID, nil)
		if err != nil {
			continue
		}
		switch cur.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, nil
		}
		if time.Since(started) > 10*time.Minute {
			pi, err = s.chargeOffSession(ctx, acct, cents) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi.ID"
			if err != nil {
				return false, err
			}
			started = time.Now()
		}
	}
}

func (s *Service) chargeOffSession(ctx context.Context, acct *store.Account, cents int64) (*stripe.PaymentIntent, error) {
	return s.sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(cents),
		Currency:      stripe.String(s.cur),
		Customer:      stripe.String(acct.StripeCustomer),
		PaymentMethod: stripe.String(acct.DefaultPM),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String("Overdue balance"),
	})
}
