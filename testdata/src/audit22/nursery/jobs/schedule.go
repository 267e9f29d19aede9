// Package jobs runs nurseryd's background work: the monthly collection,
// the funded-hours credits and the queue consumers.
package jobs

import (
	"context"
	"log/slog"
	"time"

	"github.com/robfig/cron/v3"

	"audit22/nursery/billing"
	"audit22/nursery/store"
)

// Schedule wires the cron entries.
type Schedule struct {
	c       *cron.Cron
	collect *billing.Collector
	funding *Funding
	log     *slog.Logger
}

func NewSchedule(collect *billing.Collector, funding *Funding) *Schedule {
	return &Schedule{c: cron.New(), collect: collect, funding: funding, log: slog.Default()}
}

func (s *Schedule) Start(monthlySpec, fundingSpec string) error {
	if _, err := s.c.AddFunc(monthlySpec, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
		defer cancel()
		period := time.Now().Format("2006-01")
		if err := s.collect.Run(ctx, period); err != nil { // want "\\[idempotency\\] billing\\.Collector\\.Run, run by a cron job \\(line 29\\), re-selects pending rows and sends gocardless Payments\\.Create \\(collector\\.go:62\\) for each without an idempotency key \\(gocardless-pro-go adds a new random key to each call\\)"
			s.log.Error("monthly collection", "err", err)
		}
	}); err != nil {
		return err
	}
	if _, err := s.c.AddFunc(fundingSpec, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
		defer cancel()
		if err := s.funding.Apply(ctx, time.Now().Format("2006-01")); err != nil {
			s.log.Error("funded hours", "err", err)
		}
	}); err != nil {
		return err
	}
	s.c.Start()
	return nil
}

func (s *Schedule) Stop() { <-s.c.Stop().Done() }

// Funding applies the government-funded hours as credits on the invoices.
type Funding struct {
	bills  *store.Billing
	portal *Portal
	rate   int64 // minor units per funded hour
}

func NewFunding(bills *store.Billing, portal *Portal, rate int64) *Funding {
	return &Funding{bills: bills, portal: portal, rate: rate}
}

// Apply credits each child's funded hours for the period. Reruns are harmless.
func (f *Funding) Apply(ctx context.Context, period string) error {
	due, err := f.bills.FundedHoursDue(ctx, period)
	if err != nil {
		return err
	}
	for _, ch := range due {
		weeks := int64(4)
		if err := f.bills.ApplyFundedCredit(ctx, ch.ID, period, int64(ch.FundedHrs)*weeks*f.rate); err != nil { // audit: lookalike idempotency: a local credit row per child and period, ON CONFLICT DO NOTHING; no provider payment is written
			slog.Warn("funded credit", "child", ch.ID, "err", err)
		}
	}
	return f.portal.SubmitClaim(ctx, period)
}

// Every adds a job that runs fn with a bounded context on the given spec.
func (s *Schedule) Every(spec, name string, timeout time.Duration, fn func(ctx context.Context) error) error {
	_, err := s.c.AddFunc(spec, func() {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := fn(ctx); err != nil {
			s.log.Error("job failed", "job", name, "err", err)
		}
	})
	return err
}
