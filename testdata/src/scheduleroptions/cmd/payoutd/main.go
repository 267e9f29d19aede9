// Command payoutd wires the payout passes to the scheduler.
package main

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"time"

	"scheduleroptions/payouts"
	"scheduleroptions/scheduler"
)

func main() {
	ctx := context.Background()
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	svc := payouts.New(db, http.DefaultClient, "https://api.rails.example")
	s := scheduler.New(
		scheduler.WithNightly("payouts", svc.PayPending), // want "payouts\\.Service\\.PayPending, handed to scheduler\\.WithNightly, whose schedule runs it on every tick \\(scheduler\\.go:64\\), re-selects pending rows and sends payouts\\.Service\\.transfer \\(POST /v1/transfers\\)"
		scheduler.WithNightly("payouts_keyed", svc.PayPendingKeyed),
		scheduler.WithNightly("payouts_claimed", svc.PayClaimed),
		scheduler.WithNightly("payouts_check", svc.CheckPending),
		scheduler.OnStartup(svc.PayPending),
	)
	if err := s.Start(ctx); err != nil {
		log.Fatal(err)
	}
	t := scheduler.NewTicker(15 * time.Minute)
	t.Add(func(ctx context.Context) error { return svc.PayPending(ctx) }) // want "payouts\\.Service\\.PayPending, handed to scheduler\\.Ticker\\.Add, whose schedule runs it on every tick \\(scheduler\\.go:88\\)"
	t.Add(svc.PayPendingKeyed)
	t.Loop(ctx)
}
