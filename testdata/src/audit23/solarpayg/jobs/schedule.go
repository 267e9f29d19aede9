// Package jobs runs the background work: the weekly commission run, daily
// reminders, and the RabbitMQ consumers.
package jobs

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"

	"audit23/solarpayg/domain"
	"audit23/solarpayg/platform"
	"audit23/solarpayg/store"
)

// PayoutRun is one country's weekly payout pass.
type PayoutRun func(ctx context.Context) error

// Notifier texts a phone.
type Notifier interface {
	Send(ctx context.Context, to, text string) error
}

// Scheduler owns the cron jobs.
type Scheduler struct {
	c      *cron.Cron
	ledger *store.Ledger
	sms    Notifier
	grace  time.Duration
	runs   map[domain.Country]PayoutRun
}

// SchedulerOption configures the Scheduler.
type SchedulerOption func(*Scheduler)

// WithPayoutRun registers a country's payout pass.
func WithPayoutRun(country domain.Country, run PayoutRun) SchedulerOption {
	return func(s *Scheduler) { s.runs[country] = run }
}

// WithGrace sets how late an account may be before a reminder.
func WithGrace(d time.Duration) SchedulerOption { return func(s *Scheduler) { s.grace = d } }

// NewScheduler builds the scheduler.
func NewScheduler(l *store.Ledger, sms Notifier, opts ...SchedulerOption) *Scheduler {
	s := &Scheduler{c: cron.New(), ledger: l, sms: sms, grace: 72 * time.Hour, runs: map[domain.Country]PayoutRun{}}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Start registers the jobs and starts the cron.
func (s *Scheduler) Start() error {
	if _, err := s.c.AddFunc("0 5 * * MON", s.weekly); err != nil {
		return err
	}
	if _, err := s.c.AddFunc("0 9 * * *", s.remind); err != nil {
		return err
	}
	s.c.Start()
	return nil
}

// Stop stops the cron and waits for running jobs.
func (s *Scheduler) Stop() { <-s.c.Stop().Done() }

func (s *Scheduler) weekly() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Hour)
	defer cancel()
	if err := s.ledger.CloseWeek(ctx); err != nil {
		platform.Logger.Error("close week", "err", err)
		return
	}
	for country, run := range s.runs {
		if err := run(ctx); err != nil {
			platform.Logger.Error("payout run", "country", country, "err", err)
		}
	}
}

func (s *Scheduler) remind() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	accts, err := s.ledger.Overdue(ctx, s.grace)
	if err != nil {
		platform.Logger.Error("overdue", "err", err)
		return
	}
	for _, a := range accts {
		days := int(time.Since(a.PaidUntil).Hours() / 24)
		msg := fmt.Sprintf("SolarPAYG: your light is %d days overdue. Pay %d %s to keep it on.", days, a.DailyRate*7, a.Country.Currency())
		if err := s.sms.Send(ctx, a.MSISDN, msg); err != nil {
			platform.Logger.Warn("reminder", "account", a.ID, "err", err)
		}
	}
}
