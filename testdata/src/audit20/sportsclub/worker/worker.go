// Package worker runs the scheduled jobs: renewals, no-show fees,
// reconciliation of stuck bookings, rain refunds and receipt mail.
package worker

import (
	"context"
	"time"

	"github.com/robfig/cron/v3"

	"audit20/sportsclub/billing"
	"audit20/sportsclub/domain"
	"audit20/sportsclub/hooks"
	"audit20/sportsclub/platform"
	"audit20/sportsclub/store"
)

// Worker owns the cron scheduler.
type Worker struct {
	cron        *cron.Cron
	memberships *billing.Memberships
	renewals    *store.Memberships
	bookings    *billing.Bookings
	noshows     *billing.NoShows
	rain        *billing.RainCheck
	outdoor     []domain.Club
	receipts    <-chan hooks.Receipt
	mailer      *platform.Mailer
	emails      func(ctx context.Context, memberID int64) (string, error)
}

// Deps are the services the jobs call.
type Deps struct {
	Memberships *billing.Memberships
	Renewals    *store.Memberships
	Bookings    *billing.Bookings
	NoShows     *billing.NoShows
	Rain        *billing.RainCheck
	Outdoor     []domain.Club
	Receipts    <-chan hooks.Receipt
	Mailer      *platform.Mailer
	Emails      func(ctx context.Context, memberID int64) (string, error)
}

// New builds the worker and schedules its jobs.
func New(d Deps) (*Worker, error) {
	w := &Worker{
		cron: cron.New(), memberships: d.Memberships, renewals: d.Renewals, bookings: d.Bookings,
		noshows: d.NoShows, rain: d.Rain, outdoor: d.Outdoor, receipts: d.Receipts, mailer: d.Mailer, emails: d.Emails,
	}
	jobs := []struct {
		spec string
		name string
		run  func(context.Context) error
	}{
		{"@every 10m", "noshow-fees", w.noshows.CollectPending}, // want "\\[idempotency\\] billing\\.NoShows\\.CollectPending, run by a cron job \\(line 65\\), re-selects pending rows and sends psp\\.Checkout\\.ChargeNoShow \\(checkout-sdk Payments\\.RequestPaymentWithContext\\) \\(noshow\\.go:30\\) for each without an idempotency key"
		{"@every 15m", "mollie-reconcile", w.bookings.Reconcile},
		{"@every 5m", "wallet-sweep", w.bookings.SweepWallet},
		{"30 2 * * *", "renewals", w.renew},
		{"5 * * * *", "rain-check", w.rainCheck},
		{"20 * * * *", "rain-refunds", w.rain.RefundQueued},
	}
	for _, j := range jobs {
		j := j
		if _, err := w.cron.AddFunc(j.spec, func() { w.run(j.name, j.run) }); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// Start runs the scheduler and the receipt mailer until ctx ends.
func (w *Worker) Start(ctx context.Context) {
	w.cron.Start()
	go w.mailReceipts(ctx)
	<-ctx.Done()
	<-w.cron.Stop().Done()
}

func (w *Worker) run(name string, job func(context.Context) error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	start := time.Now()
	if err := job(ctx); err != nil {
		platform.L("worker").Error("job failed", "job", name, "err", err, "took", time.Since(start))
		return
	}
	platform.L("worker").Info("job done", "job", name, "took", time.Since(start))
}

func (w *Worker) renew(ctx context.Context) error {
	due, err := w.renewals.DueForRenewal(ctx, 14*24*time.Hour)
	if err != nil {
		return err
	}
	for _, m := range due {
		paymentID, err := w.memberships.Renew(ctx, m)
		if err != nil {
			platform.L("worker").Error("renewal", "membership", m.ID, "err", err)
			continue
		}
		if paymentID != "" {
			go w.memberships.AwaitCollection(context.Background(), m.ID, paymentID)
		}
	}
	return nil
}

func (w *Worker) rainCheck(ctx context.Context) error {
	for _, club := range w.outdoor {
		if err := w.rain.Sweep(ctx, club); err != nil {
			platform.L("worker").Error("rain sweep", "club", club.Slug, "err", err)
		}
	}
	return nil
}

func (w *Worker) mailReceipts(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-w.receipts:
			email, err := w.emails(ctx, r.MemberID)
			if err != nil {
				continue
			}
			if err := w.mailer.SendReceipt(ctx, email, r.Ref, r.Cents, r.Currency); err != nil {
				platform.L("worker").Warn("receipt", "ref", r.Ref, "err", err)
			}
		}
	}
}
