// Package schedule runs the collection passes with robfig/cron.
package schedule

import (
	"context"
	"log"
	"time"

	"github.com/robfig/cron/v3"

	"idempotency/storependingquery/collect"
)

// Start registers the passes.
func Start(c *cron.Cron, col *collect.Collector) error {
	if _, err := c.AddFunc("0 6 1 * *", func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		defer cancel()
		if err := col.CollectDue(ctx, time.Now().Format("2006-01")); err != nil { // want `collect.Collector.CollectDue, run by a cron job \(line 16\), re-selects pending rows and sends gocardless Payments.Create \(collect.go:43\) for each without an idempotency key \(gocardless-pro-go adds a new random key to each call\)`
			log.Print(err)
		}
		period := time.Now().Format("2006-01")
		if err := col.CollectKeyed(ctx, period); err != nil {
			log.Print(err)
		}
		if err := col.CollectClaimed(ctx, period); err != nil {
			log.Print(err)
		}
		if err := col.RefundLeavers(ctx, period); err != nil {
			log.Print(err)
		}
	}); err != nil {
		return err
	}
	jobs := []struct {
		spec string
		run  func(context.Context) error
	}{
		{"0 7 * * *", col.CollectArrears}, // want `collect.Collector.CollectArrears, run by a cron job \(line 43\), re-selects pending rows and sends gocardless Payments.Create \(collect.go:62\) for each with an idempotency key made anew on every run`
	}
	for _, j := range jobs {
		j := j
		if _, err := c.AddFunc(j.spec, func() {
			if err := j.run(context.Background()); err != nil {
				log.Print(err)
			}
		}); err != nil {
			return err
		}
	}
	return nil
}
