package dunning

import (
	"context"
	"log"
	"strconv"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

// LineBarrer is the provisioning client (datapacks.Provisioner in prod).
type LineBarrer interface {
	Suspend(ctx context.Context, msisdn string) error
}

type Worker struct {
	Repo  *Repo
	GC    *gocardless.Service
	Lines LineBarrer
	Every time.Duration
}

// Run collects failed invoices once per interval until ctx ends.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		invs, err := w.Repo.Failed(ctx)
		if err != nil {
			log.Printf("dunning: %v", err)
			continue
		}
		for _, inv := range invs {
			w.collect(ctx, inv) // want "\\[idempotency\\] dunning.Worker.collect \\(gocardless Payments.Create\\) is retried by a worker loop that re-selects pending rows"
		}
	}
}

// collect raises a fresh debit on the mandate for invoices that never got
// one, and asks GoCardless to re-present the existing one otherwise.
func (w *Worker) collect(ctx context.Context, inv FailedInvoice) {
	if inv.Attempts >= 3 {
		if err := w.Lines.Suspend(ctx, inv.MSISDN); err != nil {
			log.Printf("dunning: suspend %s: %v", inv.MSISDN, err)
		}
		return
	}
	if inv.PaymentID == "" {
		p, err := w.GC.Payments.Create(ctx, gocardless.PaymentCreateParams{
			Amount:    inv.AmountCts,
			Currency:  "EUR",
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
			Reference: inv.ID,
		})
		if err != nil {
			log.Printf("dunning: debit %s: %v", inv.ID, err)
			return
		}
		_ = w.Repo.MarkSubmitted(ctx, inv.ID, p.Id)
		return
	}
	key := "dunning-" + inv.ID + "-" + strconv.Itoa(inv.Attempts)
	p, err := w.GC.Payments.Retry(ctx, inv.PaymentID, gocardless.PaymentRetryParams{},
		gocardless.WithIdempotencyKey(key))
	if err != nil {
		log.Printf("dunning: retry %s: %v", inv.ID, err)
		return
	}
	_ = w.Repo.MarkSubmitted(ctx, inv.ID, p.Id)
}

// AwaitConfirmation is called by the ops CLI after a manual re-presentation.
func (w *Worker) AwaitConfirmation(ctx context.Context, paymentID string) error {
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		p, err := w.GC.Payments.Get(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "confirmed" || p.Status == "paid_out" {
			return nil
		}
		time.Sleep(30 * time.Second)
	}
}
