package billing

import (
	"context"
	"fmt"
	"log"
	"time"

	stripe "github.com/stripe/stripe-go/v82"

	"audit16/hosting/retryx"
	"audit16/hosting/store"
)

// ChargeRenewal charges next month's plan fee to the saved card.
func (s *Service) ChargeRenewal(ctx context.Context, sub *store.Subscription, acct *store.Account, cents int64) (*stripe.PaymentIntent, error) {
	key := fmt.Sprintf("renew-%s-%s", sub.ID, sub.PaidThrough.Format("2006-01"))
	return retryx.Do(ctx, s.policy, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		params := &stripe.PaymentIntentCreateParams{
			Amount:        stripe.Int64(cents),
			Currency:      stripe.String(s.cur),
			Customer:      stripe.String(acct.StripeCustomer),
			PaymentMethod: stripe.String(acct.DefaultPM),
			Confirm:       stripe.Bool(true),
			Description:   stripe.String("Plan " + sub.Plan),
			Metadata:      map[string]string{"subscription": sub.ID},
		}
		params.SetIdempotencyKey(key)
		pi, err := s.sc.V1PaymentIntents.Create(ctx, params)
		return pi, classifyStripe(err)
	})
}

// AwaitIntent waits until a PaymentIntent leaves its in-flight states.
func (s *Service) AwaitIntent(ctx context.Context, id string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for {
		pi, err := s.sc.V1PaymentIntents.Retrieve(ctx, id, nil)
		if err != nil {
			return nil, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded,
			stripe.PaymentIntentStatusCanceled,
			stripe.PaymentIntentStatusRequiresPaymentMethod,
			stripe.PaymentIntentStatusRequiresAction:
			return pi, nil
		}
		select {
		case <-ctx.Done():
			return pi, ctx.Err()
		case <-time.After(wait):
		}
		if wait < time.Minute {
			wait *= 2
		}
	}
}

// WaitInvoicePaid blocks until the plan's first invoice is paid or closed.
func (s *Service) WaitInvoicePaid(ctx context.Context, invoiceID string) (bool, error) {
	for { // want "\\[pollbound\\] loop polling payment invoiceID has no bound"
		inv, err := s.sc.V1Invoices.Retrieve(ctx, invoiceID, nil)
		if err != nil {
			log.Printf("invoice %s: %v", invoiceID, err)
			time.Sleep(10 * time.Second)
			continue
		}
		switch inv.Status {
		case stripe.InvoiceStatusPaid:
			return true, nil
		case stripe.InvoiceStatusVoid, stripe.InvoiceStatusUncollectible:
			return false, nil
		}
		time.Sleep(10 * time.Second)
	}
}

// OpenPlanInvoice creates the first invoice of a new plan for the customer.
func (s *Service) OpenPlanInvoice(ctx context.Context, acct *store.Account, sub *store.Subscription) (*stripe.Invoice, error) {
	params := &stripe.InvoiceCreateParams{Customer: stripe.String(acct.StripeCustomer)}
	params.SetIdempotencyKey("plan-invoice-" + sub.ID)
	params.AddMetadata("subscription", sub.ID)
	return s.sc.V1Invoices.Create(ctx, params)
}
