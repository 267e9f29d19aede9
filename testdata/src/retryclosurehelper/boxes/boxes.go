// Package boxes bills wine club boxes by Direct Debit through the retry
// helpers of package retrying.
package boxes

import (
	"context"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"retryclosurehelper/directdebit"
	"retryclosurehelper/retrying"
)

type Invoice struct {
	ID      string
	Mandate string
	Cents   int
}

type Biller struct {
	dd  *directdebit.Client
	svc *gocardless.Service
}

// --- reported: no key, so the SDK draws a new one on every try ---

func (b *Biller) Collect(ctx context.Context, inv Invoice) (string, error) {
	p, err := retrying.Do(ctx, "collect", func() (*gocardless.Payment, error) {
		return b.dd.Collect(ctx, inv.Mandate, inv.Cents) // want `directdebit.Client.Collect \(gocardless Payments.Create\) is retried by retrying.Do \(line 28\) without an idempotency key: gocardless-pro-go adds a new random key to each call`
	})
	if err != nil {
		return "", err
	}
	return p.Id, nil
}

// --- reported: the SDK called directly in the error-only helper ---

func (b *Biller) CollectDirect(ctx context.Context, inv Invoice) error {
	return retrying.Err(ctx, func(ctx context.Context) error {
		_, err := b.svc.Payments.Create(ctx, gocardless.PaymentCreateParams{Amount: inv.Cents, Currency: "GBP", Links: gocardless.PaymentCreateParamsLinks{Mandate: inv.Mandate}}) // want `gocardless Payments.Create is retried by retrying.Err \(line 40\) without an idempotency key: gocardless-pro-go adds a new random key to each call`
		return err
	})
}

// --- silent: the invoice's key attached on every try ---

func (b *Biller) CollectKeyed(ctx context.Context, inv Invoice) (string, error) {
	p, err := retrying.Do(ctx, "collect", func() (*gocardless.Payment, error) {
		return b.dd.Collect(ctx, inv.Mandate, inv.Cents, gocardless.WithIdempotencyKey("box-"+inv.ID))
	})
	if err != nil {
		return "", err
	}
	return p.Id, nil
}

// --- silent: a payment read retried ---

func (b *Biller) Status(ctx context.Context, id string) (string, error) {
	p, err := retrying.Do(ctx, "status", func() (*gocardless.Payment, error) {
		return b.dd.Payment(ctx, id)
	})
	if err != nil {
		return "", err
	}
	return p.Status, nil
}

// --- silent: a helper whose closure only logs, sent once ---

func (b *Biller) CollectLogged(ctx context.Context, inv Invoice) error {
	_, err := retrying.Logged(ctx, func() (*gocardless.Payment, error) {
		return b.dd.Collect(ctx, inv.Mandate, inv.Cents)
	})
	return err
}

// --- silent: one collection, no retry ---

func (b *Biller) CollectOnce(ctx context.Context, inv Invoice) error {
	_, err := b.dd.Collect(ctx, inv.Mandate, inv.Cents)
	return err
}
