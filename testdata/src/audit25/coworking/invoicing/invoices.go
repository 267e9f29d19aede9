// Package invoicing bills companies (office rent, meeting-room packs) with
// Stripe invoices; most pay by bank transfer, some by card on the hosted
// invoice page.
package invoicing

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/invoice"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Invoicer struct {
	invoices invoice.Client
	intents  paymentintent.Client
	log      *slog.Logger
}

func New(secretKey string, log *slog.Logger) *Invoicer {
	return &Invoicer{
		invoices: invoice.Client{Key: secretKey},
		intents:  paymentintent.Client{Key: secretKey},
		log:      log,
	}
}

// Issue creates the Stripe invoice for one of our invoice rows.
func (i *Invoicer) Issue(ctx context.Context, ourInvoiceID, customerID string) (*stripe.Invoice, error) {
	params := &stripe.InvoiceParams{Customer: stripe.String(customerID)}
	params.AddMetadata("invoice_id", ourInvoiceID)
	params.SetIdempotencyKey("inv-" + ourInvoiceID)
	return i.invoices.New(params) // audit: lookalike idempotency: the asynq task retries this, but the key comes from our invoice id in the task payload
}

// WaitPaid is used by the office move-in checklist: keys are only handed
// over once the first month's invoice is paid.
func (i *Invoicer) WaitPaid(ctx context.Context, stripeInvoiceID string) error {
	for { // want "\\[pollbound\\] loop polling payment stripeInvoiceID stops only when the payment succeeds"
		inv, err := i.invoices.Get(stripeInvoiceID, nil)
		if err == nil && inv.Status == stripe.InvoiceStatusPaid {
			return nil
		}
		if err != nil {
			i.log.Warn("invoice read", "invoice", stripeInvoiceID, "err", err)
		}
		time.Sleep(20 * time.Second)
	}
}

// ChargeSaved charges a company's saved card for a meeting-room pack and
// waits a short while for 3DS-free confirmation.
func (i *Invoicer) ChargeSaved(ctx context.Context, packID, customerID, pm string, amountMinor int64, currency string) (*stripe.PaymentIntent, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(amountMinor),
		Currency:      stripe.String(currency),
		Customer:      stripe.String(customerID),
		PaymentMethod: stripe.String(pm),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
	}
	params.SetIdempotencyKey("pack-" + packID)
	pi, err := i.intents.New(params)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded, stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return pi, nil
		}
		time.Sleep(750 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
		if pi, err = i.intents.Get(pi.ID, nil); err != nil {
			return nil, err
		}
	}
	return pi, fmt.Errorf("payment intent %s still %s", pi.ID, pi.Status)
}

// Intent reads a payment intent (used by the hosted-invoice return page).
func (i *Invoicer) Intent(id string) (*stripe.PaymentIntent, error) {
	return i.intents.Get(id, nil)
}

// ChargeFirstWorking tries a company's saved cards in order until one pays
// for the pack. Each card gets its own payment intent; the next card is
// only tried once the previous intent has failed.
func (i *Invoicer) ChargeFirstWorking(ctx context.Context, packID, customerID string, cards []string, amountMinor int64, currency string) (*stripe.PaymentIntent, error) {
	for n, pm := range cards {
		pi, err := i.ChargeSaved(ctx, fmt.Sprintf("%s-%d", packID, n), customerID, pm, amountMinor, currency) // audit: lookalike pollcreate: a new intent for the next card only after ChargeSaved saw this one fail (requires_payment_method/canceled); a still-pending intent ends the loop with an error
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusCanceled:
			i.log.Info("card declined, trying next", "pack", packID, "intent", pi.ID)
			continue
		default:
			return pi, fmt.Errorf("pack %s: intent %s still %s", packID, pi.ID, pi.Status)
		}
	}
	return nil, fmt.Errorf("pack %s: no card worked", packID)
}
