// Package worker runs the scheduled jobs: the rent runs for each payment
// method, late fees and overlocks, and the lien process for units in
// long arrears.
package worker

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/robfig/cron/v3"

	"audit21/storage/aupay"
	"audit21/storage/billing"
	"audit21/storage/db"
	"audit21/storage/directdebit"
	"audit21/storage/gate"
	"audit21/storage/platform"
	"audit21/storage/store"
)

// Worker owns the schedule.
type Worker struct {
	st      *store.Store
	q       *db.Queries
	billing *billing.Service
	dd      *directdebit.Collector
	au      *aupay.Client
	gate    *gate.Client
	jobs    *platform.Runner
	notices *Notices
	log     *slog.Logger
	cfg     platform.Config
	batch   int
}

// New returns a worker.
func New(cfg platform.Config, st *store.Store, q *db.Queries, b *billing.Service, dd *directdebit.Collector,
	au *aupay.Client, g *gate.Client, jobs *platform.Runner, n *Notices, log *slog.Logger) *Worker {
	return &Worker{st: st, q: q, billing: b, dd: dd, au: au, gate: g, jobs: jobs, notices: n, log: log, cfg: cfg, batch: 200}
}

// Schedule registers the jobs on c.
func (w *Worker) Schedule(c *cron.Cron) error {
	specs := []struct {
		spec string
		name string
		fn   func(context.Context) error
	}{
		{"0 6 * * *", "rent-cards", w.runCards},
		{"30 6 * * *", "rent-au-tokens", w.runAUTokens},
		{"0 7 * * 1-5", "rent-bacs", w.runBacs},
		{"15 7 * * 1-5", "rent-becs", w.runBECS},
		{"0 */2 * * *", "au-reconcile", w.reconcileAU},
		{"0 9 * * *", "late-fees", w.lateFees},
		{"0 10 * * *", "liens", w.liens},
	}
	for _, s := range specs {
		s := s
		if _, err := c.AddFunc(s.spec, func() {
			ctx, cancel := context.WithTimeout(context.Background(), 50*time.Minute)
			defer cancel()
			start := time.Now()
			if err := s.fn(ctx); err != nil {
				w.log.Error("job failed", "job", s.name, "err", err)
				return
			}
			w.log.Info("job done", "job", s.name, "took", time.Since(start))
		}); err != nil {
			return fmt.Errorf("schedule %s: %w", s.name, err)
		}
	}
	return nil
}

// each pages through the due invoices for one method.
func (w *Worker) each(ctx context.Context, status, method string, fn func(store.DueInvoice)) error {
	var after int64
	for {
		page, err := w.st.DueInvoices(ctx, status, time.Now(), method, after, w.batch)
		if err != nil {
			return err
		}
		for _, inv := range page.Items {
			fn(inv)
		}
		if page.Next == 0 {
			return nil
		}
		after = page.Next
	}
}

func (w *Worker) runCards(ctx context.Context) error {
	return w.each(ctx, "open", "card", func(inv store.DueInvoice) {
		ok, err := w.st.ClaimInvoice(ctx, inv.ID)
		if err != nil || !ok {
			return
		}
		pi, err := w.billing.ChargeRentKeyed(ctx, inv)
		if err != nil {
			w.log.Warn("card rent failed", "invoice", inv.ID, "err", err)
			_ = w.st.SetInvoiceStatus(ctx, inv.ID, "failed", "")
			return
		}
		_ = w.st.SetInvoiceStatus(ctx, inv.ID, "submitted", pi.ID)
	})
}

func (w *Worker) runBacs(ctx context.Context) error {
	return w.each(ctx, "open", "bacs", func(inv store.DueInvoice) {
		p, err := w.dd.Collect(ctx, inv) // want "\\[idempotency\\] directdebit.Collector.Collect \\(gocardless Payments.Create\\) is retried by a cron job that re-selects pending rows \\(line 62\\) without an idempotency key"
		if err != nil {
			w.log.Warn("bacs collect failed", "invoice", inv.ID, "err", err)
			return
		}
		if err := w.st.SetInvoiceStatus(ctx, inv.ID, "submitted", p.Id); err != nil {
			w.log.Error("bacs: record payment id", "invoice", inv.ID, "payment", p.Id, "err", err)
		}
	})
}

func (w *Worker) runBECS(ctx context.Context) error {
	return w.each(ctx, "open", "becs", func(inv store.DueInvoice) {
		key := fmt.Sprintf("becs-rent-%d", inv.ID)
		p, err := w.dd.Collect(ctx, inv, gocardless.WithIdempotencyKey(key)) // audit: lookalike idempotency: the BECS run keys each create by the invoice id, so a re-run after a lost answer finds the same payment
		if err != nil {
			w.log.Warn("becs collect failed", "invoice", inv.ID, "err", err)
			return
		}
		_ = w.st.SetInvoiceStatus(ctx, inv.ID, "submitted", p.Id)
	})
}
