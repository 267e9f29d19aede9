// Package intl holds the Japan (Stripe) and Indonesia (Xendit) payment rails.
package intl

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"audit26/kbeauty/store"

	retry "github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/webhook"
)

// ErrDeclined means the customer has to pick another method.
var ErrDeclined = errors.New("intl: payment declined")

// Japan charges Japanese customers through Stripe.
type Japan struct {
	orders    *store.Orders
	returnURL string
	whSecret  string
}

// NewJapan sets the global Stripe key and returns the rail.
func NewJapan(key, whSecret, returnURL string, orders *store.Orders) *Japan {
	stripe.Key = key
	return &Japan{orders: orders, returnURL: returnURL, whSecret: whSecret}
}

// ParseEvent checks the Stripe-Signature header and decodes the event.
func (j *Japan) ParseEvent(payload []byte, sig string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, sig, j.whSecret)
}

// StartCard creates a card PaymentIntent the storefront confirms with
// Stripe.js; the buyer comes back on returnURL after 3-D Secure.
func (j *Japan) StartCard(ctx context.Context, o *store.Order) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:             stripe.Int64(o.Amount),
		Currency:           stripe.String("jpy"),
		PaymentMethodTypes: stripe.StringSlice([]string{"card"}),
		Metadata:           map[string]string{"order": o.Number},
	}
	params.SetIdempotencyKey("pi-" + o.Number)
	return paymentintent.New(params)
}

// StartKonbini creates a konbini PaymentIntent; the voucher is shown by
// Stripe.js and paid in a store within a few days.
func (j *Japan) StartKonbini(ctx context.Context, o *store.Order) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:             stripe.Int64(o.Amount),
		Currency:           stripe.String("jpy"),
		PaymentMethodTypes: stripe.StringSlice([]string{"konbini"}),
		Metadata:           map[string]string{"order": o.Number, "rail": "konbini"},
	}
	// keyed by the intent it replaces, so a refreshed voucher gets its own
	// key while a retried create does not make two
	params.SetIdempotencyKey("konbini-" + o.Number + "-" + o.ProviderRef)
	pi, err := paymentintent.New(params)
	if err != nil {
		return nil, err
	}
	return pi, j.orders.SetRef(ctx, o.Number, "stripe", pi.ID)
}

func (j *Japan) boxParams(sub *store.Subscription, key string) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(sub.Amount),
		Currency:      stripe.String("jpy"),
		Customer:      stripe.String(sub.StripeCust),
		PaymentMethod: stripe.String(sub.PaymentMethod),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
		Metadata:      map[string]string{"kind": "box", "subscription": fmt.Sprint(sub.ID)},
	}
	p.SetIdempotencyKey(key)
	return p
}

// RenewBox charges the saved card for next month's box and waits for the
// charge to settle, so the picking list only contains paid boxes.
func (j *Japan) RenewBox(ctx context.Context, sub *store.Subscription) (*stripe.PaymentIntent, error) {
	period := sub.PeriodEnd.Format("2006-01")
	key := fmt.Sprintf("box-%d-%s", sub.ID, period)
	pi, err := paymentintent.New(j.boxParams(sub, key))
	if err != nil {
		return nil, err
	}
	started := time.Now()
	for attempt := 1; attempt <= 30; attempt++ {
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return nil, ErrDeclined
		}
		if time.Since(started) > 90*time.Second {
			// issuer is stuck; try a fresh intent rather than hold the picking run
			pi, err = paymentintent.New(j.boxParams(sub, fmt.Sprintf("%s-r%d", key, attempt))) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi\\.ID \\(line 97\\):"
			if err != nil {
				return nil, err
			}
			started = time.Now()
			continue
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(3 * time.Second):
		}
		if pi, err = paymentintent.Get(pi.ID, nil); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("box %d: payment still %s", sub.ID, pi.Status)
}

// AwaitKonbini is used by the pick-up-in-store flow: it checks the voucher
// a few times before the courier slot is released.
func (j *Japan) AwaitKonbini(ctx context.Context, piID string) (bool, error) {
	for i := 0; i < 12; i++ { // want "\\[pollbound\\] loop polling payment piID stops only when the payment succeeds \\(line 134\\):"
		pi, err := paymentintent.Get(piID, nil)
		if err != nil {
			return false, err
		}
		if pi.Status == stripe.PaymentIntentStatusSucceeded {
			return true, nil
		}
		time.Sleep(5 * time.Minute)
	}
	return false, nil
}

// RefreshVoucher gives the buyer a new konbini voucher once the old one
// lapsed.
func (j *Japan) RefreshVoucher(ctx context.Context, o *store.Order) (*stripe.PaymentIntent, error) {
	for i := 0; i < 6; i++ {
		pi, err := paymentintent.Get(o.ProviderRef, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusCanceled:
			// voucher expired unpaid
			return j.StartKonbini(ctx, o) // audit: lookalike pollcreate: a new voucher only after the old intent is back to requires_payment_method (voucher expired) or canceled
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(10 * time.Second):
		}
	}
	return nil, nil
}

// Refund refunds a damaged item on a Japanese order.
func (j *Japan) Refund(ctx context.Context, piID, claimID string, amount int64) (*stripe.Refund, error) {
	params := &stripe.RefundParams{
		PaymentIntent: stripe.String(piID),
		Amount:        stripe.Int64(amount),
		Reason:        stripe.String("requested_by_customer"),
	}
	params.SetIdempotencyKey("claim-" + claimID) // audit: lookalike idempotency: one key per claim, set once before the retry
	return retry.DoWithData(func() (*stripe.Refund, error) {
		r, err := refund.New(params)
		var se *stripe.Error
		if errors.As(err, &se) && se.HTTPStatusCode < 500 && se.HTTPStatusCode != 429 {
			return nil, retry.Unrecoverable(err)
		}
		return r, err
	}, retry.Attempts(4), retry.Delay(time.Second), retry.DelayType(retry.BackOffDelay), retry.Context(ctx)) // audit: lookalike retrybackoff: exponential backoff from 1s, 4 attempts, context
}

// WaitRefund waits briefly for the refund to settle so support can tell the
// customer on the phone.
func (j *Japan) WaitRefund(ctx context.Context, id string) (stripe.RefundStatus, error) {
	for i := 0; i < 20; i++ {
		r, err := refund.Get(id, nil)
		if err != nil {
			return "", err
		}
		if r.Status == stripe.RefundStatusSucceeded || r.Status == stripe.RefundStatusFailed || r.Status == "canceled" {
			return r.Status, nil
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms: the provider's limit is one poll per"
	}
	log.Printf("refund %s still pending", id)
	return stripe.RefundStatusPending, nil
}
