// Command capturesd follows the balances captured after each job.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/stripe/stripe-go/v82"

	"ctxhandedon/capture"
	"ctxhandedon/jobs"
	"ctxhandedon/shipping"
)

type traceKey struct{}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	w := capture.NewWatcher(func(id string, st stripe.PaymentIntentStatus) { log.Printf("%s: %s", id, st) })

	// Unbounded: each one payment is followed until the process stops.
	go func() {
		for range time.Tick(10 * time.Minute) {
			if err := w.Run(context.Background(), processingIDs()); err != nil { // want `capture.Watcher.Run polls payment id \(watcher.go:\d+, through capture.Watcher.follow\) until the context it is handed ends, and the context handed here never ends \(context.Background\(\) at main.go:\d+\)`
				log.Print(err)
			}
		}
	}()
	go func() {
		for range time.Tick(time.Hour) {
			_ = w.RunTagged(context.TODO(), "hourly", processingIDs()) // want `capture.Watcher.RunTagged polls payment id \(watcher.go:\d+, through capture.Watcher.Run and capture.Watcher.follow\) until the context it is handed ends, and the context handed here never ends \(context.TODO\(\) at main.go:\d+\)`
		}
	}()
	traced := context.WithValue(context.Background(), traceKey{}, "boot")
	_ = w.Run(traced, processingIDs())                       // want `capture.Watcher.Run polls payment id .* never ends \(context.Background\(\) at main.go:\d+\)`
	w.RunConcurrently(context.Background(), processingIDs()) // want `capture.Watcher.RunConcurrently polls payment id \(watcher.go:\d+, through capture.Watcher.follow\)`
	job := jobs.Reconcile{Watcher: w, IDs: processingIDs}
	_ = job.Handle(context.Background()) // want `jobs.Reconcile.Handle polls payment id \(watcher.go:\d+, through capture.Watcher.Run and capture.Watcher.follow\)`
	go drain(ctx, w)
	settleAll(context.Background(), w)

	// Bounded: a deadline on the way, in the watcher or by an attempt cap;
	// a request's context; a shipment; a function that polls nothing.
	tctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	_ = w.Run(tctx, processingIDs())
	_ = w.RunWithin(context.Background(), processingIDs())
	_ = w.RunCapped(context.Background(), processingIDs())
	w.Report(context.Background(), processingIDs())
	parcels := &shipping.Tracker{Base: "https://carrier.example", HC: &http.Client{Timeout: 10 * time.Second}}
	_ = parcels.Run(context.Background(), []string{"p_1"})
	http.HandleFunc("/ops/captures", func(rw http.ResponseWriter, r *http.Request) {
		if err := w.Run(r.Context(), processingIDs()); err != nil {
			http.Error(rw, err.Error(), http.StatusBadGateway)
		}
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// drain runs on the worker's context, which only a signal ends.
func drain(ctx context.Context, w *capture.Watcher) {
	_ = w.Run(ctx, processingIDs()) // want `capture.Watcher.Run polls payment id \(watcher.go:\d+, through capture.Watcher.follow\) until the context it is handed ends, and the context handed here never ends \(signal.NotifyContext at main.go:\d+\)`
}

// settleAll hands its context on; it is judged where it does so, once.
func settleAll(ctx context.Context, w *capture.Watcher) {
	_ = w.Run(ctx, processingIDs()) // want `capture.Watcher.Run polls payment id .* \(context.Background\(\) at main.go:\d+\)`
}

func processingIDs() []string { return []string{"pi_1", "pi_2"} }
