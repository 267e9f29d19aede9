// Command settled runs the nightly settlement of bank debits and a small
// HTTP endpoint for the front desk.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"ctxneverends/banktransfer"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bank := banktransfer.New("https://bank.example/v1", &http.Client{Timeout: 20 * time.Second})

	go nightly(ctx, bank, pendingURLs())

	// Bounded by the caller: a deadline, a cancel function, the request.
	tctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	if err := bank.AwaitWithRetry(tctx, "https://bank.example/v1/transfers/1"); err != nil {
		log.Print(err)
	}
	cctx, abort := context.WithCancel(context.Background())
	defer abort()
	_, _ = bank.AwaitTicking(cctx, "https://bank.example/v1/transfers/2")
	http.HandleFunc("/desk/settle", func(w http.ResponseWriter, r *http.Request) {
		if err := bank.AwaitWithRetry(r.Context(), r.URL.Query().Get("transfer")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
		}
	})

	// Bounded by themselves.
	_ = bank.AwaitWithin(context.Background(), "https://bank.example/v1/transfers/3")
	_ = bank.AwaitCapped(ctx, "https://bank.example/v1/transfers/4")
	_ = bank.AwaitExport("https://bank.example/v1/exports/5")

	// Unbounded: the process's own context, and none at all.
	_, _ = bank.AwaitTicking(context.TODO(), "https://bank.example/v1/transfers/6") // want `banktransfer.Client.AwaitTicking polls payment url \(await.go:38\) until the context it is handed ends, and the context handed here never ends \(context.TODO\(\) at main.go:\d+\)`
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// nightly waits for each pending debit on the worker's context, which
// only a signal ends.
func nightly(ctx context.Context, bank *banktransfer.Client, urls []string) {
	for _, u := range urls {
		if err := bank.AwaitWithRetry(ctx, u); err != nil { // want `banktransfer.Client.AwaitWithRetry polls payment url \(await.go:18\) until the context it is handed ends, and the context handed here never ends \(signal.NotifyContext at main.go:17`
			log.Print(err)
		}
	}
	sweep(ctx, bank, urls)
}

// sweep is handed the worker's context through nightly. Await hands
// its own context on to AwaitWithRetry: the worker's context reaches the
// poll through it.
func sweep(ctx context.Context, bank *banktransfer.Client, urls []string) {
	for _, u := range urls {
		_ = bank.Await(ctx, u) // want `banktransfer.Client.Await polls payment url \(await.go:18, through banktransfer.Client.AwaitWithRetry\) until the context it is handed ends, and the context handed here never ends \(signal.NotifyContext at main.go:17`
		_ = bank.AwaitWithin(ctx, u)
	}
}

func pendingURLs() []string { return nil }
