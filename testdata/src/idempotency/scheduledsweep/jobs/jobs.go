// Package jobs schedules the fee passes with robfig/cron, from a table
// of jobs and directly.
package jobs

import (
	"context"
	"log"
	"time"

	"github.com/robfig/cron/v3"

	"idempotency/scheduledsweep/fees"
)

// Scheduler runs the jobs.
type Scheduler struct {
	cron *cron.Cron
	fees *fees.Collector
}

// New schedules every pass.
func New(c *fees.Collector) (*Scheduler, error) {
	s := &Scheduler{cron: cron.New(), fees: c}
	table := []struct {
		spec string
		name string
		run  func(context.Context) error
	}{
		{"@every 10m", "fees", s.fees.ChargePending}, // want `fees.Collector.ChargePending, run by a cron job \(line 38\), re-selects pending rows and sends fees.Collector.charge \(checkout-sdk Payments.RequestPaymentWithContext\) \(fees.go:64\) for each without an idempotency key`
		{"@every 10m", "late", s.fees.ChargeLate},    // want `fees.Collector.ChargeLate, run by a cron job \(line 38\), re-selects pending rows and sends fees.Collector.charge \(checkout-sdk Payments.RequestPaymentWithContext\) \(fees.go:90\) for each with an idempotency key made anew on every run`
		{"@every 10m", "keyed", s.fees.ChargeKeyed},
		{"@every 10m", "claimed", s.fees.ChargeClaimed},
		{"@every 10m", "parked", s.fees.ChargeParked},
		{"@hourly", "report", s.fees.Report},
	}
	for _, j := range table {
		j := j
		if _, err := s.cron.AddFunc(j.spec, func() { s.run(j.name, j.run) }); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Direct schedules a pass by a closure that calls it.
func Direct(c *cron.Cron, f *fees.Collector) {
	c.AddFunc("@every 5m", func() {
		if err := f.ChargePending(context.Background()); err != nil { // want `fees.Collector.ChargePending, run by a cron job \(line 47\), re-selects pending rows`
			log.Print(err)
		}
	})
}

func (s *Scheduler) run(name string, job func(context.Context) error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	if err := job(ctx); err != nil {
		log.Printf("%s: %v", name, err)
	}
}
