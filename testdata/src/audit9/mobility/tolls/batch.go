// Package tolls recharges toll and parking fines that cities forward to
// us onto the rider's saved card, in a nightly batch.
package tolls

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit9/mobility/domain"
	"audit9/mobility/retryx"
)

// Batch is the nightly fines job.
type Batch struct {
	fines   domain.FineStore
	sc      *stripe.Client
	mailer  domain.Mailer
	pause   time.Duration
	settle  time.Duration
	maxRuns int
}

// NewBatch returns the fines batch.
func NewBatch(fines domain.FineStore, sc *stripe.Client, mailer domain.Mailer) *Batch {
	return &Batch{fines: fines, sc: sc, mailer: mailer, pause: 200 * time.Millisecond, settle: 2 * time.Minute, maxRuns: 3}
}

// Schedule registers the nightly run and the reconciler.
func (b *Batch) Schedule(c *cron.Cron) error {
	if _, err := c.AddFunc("30 2 * * *", func() { b.Run(context.Background()) }); err != nil {
		return err
	}
	_, err := c.AddFunc("@hourly", func() { b.Reconcile(context.Background()) })
	return err
}

// Run charges every pending fine once.
func (b *Batch) Run(ctx context.Context) {
	fines, err := b.fines.Pending(ctx, 500)
	if err != nil {
		log.Printf("tolls: load pending: %v", err)
		return
	}
	for _, f := range fines {
		var err error
		if f.Currency == "eur" {
			err = b.chargeSEPA(ctx, f) // want "\\[idempotency\\] tolls.Batch.chargeSEPA .* retried by a cron job that re-selects pending rows"
		} else {
			err = b.chargeCard(ctx, f) // want "\\[idempotency\\] tolls.Batch.chargeCard .* retried by a cron job that re-selects pending rows"
		}
		if err != nil {
			log.Printf("tolls: fine %s: %v", f.ID, err)
		}
		time.Sleep(b.pause)
	}
}

// chargeCard charges a fine off-session on the rider's saved card.
func (b *Batch) chargeCard(ctx context.Context, f domain.Fine) error {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(f.AmountCents),
		Currency:      stripe.String(f.Currency),
		Customer:      stripe.String(f.CustomerID),
		PaymentMethod: stripe.String(f.PaymentMethodID),
		Confirm:       stripe.Bool(true),
		Description:   stripe.String("Fine " + f.ID),
		Metadata:      map[string]string{"fine_id": f.ID, "kind": "fine"},
	}
	pi, err := retryx.Value(ctx, 3, 2*time.Second, func(ctx context.Context) (*stripe.PaymentIntent, error) {
		params.Context = ctx
		return paymentintent.New(params) // want "\\[idempotency\\] stripe paymentintent.New is retried by retryx.Value .* without an idempotency key"
	})
	if err != nil {
		_ = b.fines.MarkFailed(ctx, f.ID, err.Error())
		return err
	}
	if err := b.fines.SetIntent(ctx, f.ID, pi.ID); err != nil {
		return err
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		return b.fines.MarkPaid(ctx, f.ID)
	}
	return nil
}

// chargeSEPA collects a fine by SEPA debit from the rider's mandate.
func (b *Batch) chargeSEPA(ctx context.Context, f domain.Fine) error {
	for run := 0; run < b.maxRuns; run++ {
		pi, err := b.sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{ // want "\\[pollcreate\\] payment stripe V1PaymentIntents.Create made again on every pass of the loop .*awaitSettled" "\\[idempotency\\] stripe V1PaymentIntents.Create is made again on every pass of the loop \\(line 95\\) after tolls.Batch.awaitSettled \\(line 110\\) gives up while the payment may still be pending, without an idempotency key: stripe-go adds a new random key to each call"
			Amount:        stripe.Int64(f.AmountCents),
			Currency:      stripe.String(f.Currency),
			Customer:      stripe.String(f.CustomerID),
			PaymentMethod: stripe.String(f.PaymentMethodID),
			Confirm:       stripe.Bool(true),
			Metadata:      map[string]string{"fine_id": f.ID, "kind": "fine"},
		})
		if err != nil {
			return err
		}
		if err := b.fines.SetIntent(ctx, f.ID, pi.ID); err != nil {
			return err
		}
		done, err := b.awaitSettled(ctx, pi.ID)
		if err != nil {
			return b.fines.MarkFailed(ctx, f.ID, err.Error())
		}
		if done {
			return b.fines.MarkPaid(ctx, f.ID)
		}
		log.Printf("tolls: fine %s intent %s still processing, trying again", f.ID, pi.ID)
	}
	return fmt.Errorf("fine %s not settled after %d runs", f.ID, b.maxRuns)
}

var errFineDeclined = errors.New("fine payment declined")

// awaitSettled waits up to b.settle for the intent; false means it is
// still processing.
func (b *Batch) awaitSettled(ctx context.Context, piID string) (bool, error) {
	deadline := time.Now().Add(b.settle)
	for time.Now().Before(deadline) {
		pi, err := b.sc.V1PaymentIntents.Retrieve(ctx, piID, nil)
		if err != nil {
			return false, err
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return true, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return false, errFineDeclined
		}
		time.Sleep(5 * time.Second)
	}
	return false, nil
}

// Reconcile settles fines whose intent was still processing after the run.
func (b *Batch) Reconcile(ctx context.Context) {
	fines, err := b.fines.Processing(ctx)
	if err != nil {
		log.Printf("tolls: load processing: %v", err)
		return
	}
	for _, f := range fines {
		b.follow(ctx, f)
	}
	b.digest(ctx, fines)
}

func (b *Batch) follow(ctx context.Context, f domain.Fine) {
	for { // want "\\[pollbound\\] loop polling payment f.IntentID has no bound"
		pi, err := b.sc.V1PaymentIntents.Retrieve(ctx, f.IntentID, nil)
		if err != nil {
			log.Printf("tolls: fine %s: %v", f.ID, err)
			time.Sleep(10 * time.Second)
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			_ = b.fines.MarkPaid(ctx, f.ID)
			return
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			_ = b.fines.MarkFailed(ctx, f.ID, string(pi.Status))
			return
		}
		time.Sleep(30 * time.Second)
	}
}

// digest mails the ops team a summary of the fines looked at.
func (b *Batch) digest(ctx context.Context, fines []domain.Fine) {
	for attempt := 0; attempt < 3; attempt++ {
		body := fmt.Sprintf("%d fines reconciled at %s", len(fines), time.Now().Format(time.RFC3339))
		if err := b.mailer.SendReceipt(ctx, "ops@ride.example.com", "Fines reconciliation", body); err == nil {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}
