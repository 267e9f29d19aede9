package loans

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit19/lending/store"
)

// ErrStillProcessing means the card payment has not settled yet.
var ErrStillProcessing = errors.New("loans: card payment still processing")

// Cards collects repayments by card through Stripe PaymentIntents.
type Cards struct {
	svc       *Service
	returnURL string
}

// NewCards returns the card repayment service.
func NewCards(svc *Service, returnURL string) *Cards {
	return &Cards{svc: svc, returnURL: returnURL}
}

// StartRepayment creates and confirms a PaymentIntent for an instalment;
// the borrower may be sent through 3DS and back to the return page.
func (c *Cards) StartRepayment(ctx context.Context, in store.Instalment, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(in.Amount),
		Currency:      stripe.String(in.Currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(paymentMethod),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(c.returnURL + "?instalment=" + in.ID),
		Metadata:      map[string]string{"instalment_id": in.ID, "loan_id": in.LoanID, "borrower_id": in.BorrowerID},
	}
	params.SetIdempotencyKey("inst-card-" + in.ID)
	return paymentintent.New(params)
}

// ChargeSavedCard charges the borrower's saved card off-session; used by
// the collections worker when a direct debit mandate was cancelled.
func (c *Cards) ChargeSavedCard(ctx context.Context, in store.Instalment, customerID, paymentMethod string) (*stripe.PaymentIntent, error) {
	wait := 2 * time.Second
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		pi, err := paymentintent.New(&stripe.PaymentIntentParams{ // want "\\[idempotency\\] stripe paymentintent.New is retried by a for loop"
			Amount:        stripe.Int64(in.Amount),
			Currency:      stripe.String(in.Currency),
			Customer:      stripe.String(customerID),
			PaymentMethod: stripe.String(paymentMethod),
			Confirm:       stripe.Bool(true),
			Description:   stripe.String(fmt.Sprintf("Instalment %s of loan %s", in.ID, in.LoanID)),
			Metadata:      map[string]string{"instalment_id": in.ID, "loan_id": in.LoanID, "borrower_id": in.BorrowerID},
		})
		if err == nil {
			return pi, nil
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return nil, err
		}
		lastErr = err
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return nil, lastErr
}

// WaitForSettlement waits for a processing card payment to settle.
func (c *Cards) WaitForSettlement(ctx context.Context, piID string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for {
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, fmt.Errorf("loans: card payment %s ended %s", piID, pi.Status)
		}
		select {
		case <-ctx.Done():
			return nil, ErrStillProcessing
		case <-time.After(wait):
		}
		if wait < 30*time.Second {
			wait *= 2
		}
	}
}

// Lookup reads a PaymentIntent for the support dashboard, smoothing over
// Stripe API blips.
func (c *Cards) Lookup(ctx context.Context, piID string) (*stripe.PaymentIntent, error) {
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewConstantBackOff(250*time.Millisecond), 4), ctx)
	return backoff.RetryWithData(func() (*stripe.PaymentIntent, error) {
		return paymentintent.Get(piID, nil) // want "\\[retrybackoff\\] stripe paymentintent.Get is retried by backoff.RetryWithData"
	}, b)
}

// CompleteFromReturn settles an instalment once the borrower is back from
// the card page.
func (c *Cards) CompleteFromReturn(ctx context.Context, instalmentID, loanID, borrowerID, piID string) error {
	if err := c.svc.InstalmentPaid(ctx, instalmentID, loanID, piID); err != nil {
		return err
	}
	return c.svc.RewardRepayment(ctx, borrowerID)
}
