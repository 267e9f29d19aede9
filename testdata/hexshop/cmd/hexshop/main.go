// Command hexshop wires the adapters to the use cases: the only package
// that sees which store, provider client and mailer each port gets.
package main

import (
	"context"
	"database/sql"
	"log"
	"log/slog"
	"net/http"
	"os"
	"time"

	"example.com/hexshop/internal/httpapi"
	"example.com/hexshop/internal/invoice"
	"example.com/hexshop/internal/mailer"
	"example.com/hexshop/internal/payout"
	"example.com/hexshop/internal/pgstore"
	"example.com/hexshop/internal/pspclient"
	"example.com/hexshop/internal/watch"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	smtp := mailer.New("smtp.internal:25", "billing@hexshop.example.com")
	invoices := invoice.NewService(pgstore.New(db), smtp)
	psp := pspclient.New("https://api.psp.example.com", os.Getenv("PSP_KEY"))

	mux := http.NewServeMux()
	mux.HandleFunc("POST /acquirer/notify", (&httpapi.SignedNotifications{Invoices: invoices, Secret: []byte(os.Getenv("PSP_WEBHOOK_SECRET"))}).Handle) // paylint: expect webhookack
	legacy := &httpapi.Notifications{Invoices: invoices, Log: slog.Default()}                                                                           // paylint: expect webhookack
	mux.HandleFunc("POST /acquirer/legacy/notify", legacy.Handle)                                                                                       // paylint: expect webhookverify

	payouts := payout.NewRunner(psp, mailer.NewPayoutNotices(smtp), 4) // paylint: expect idempotency
	go payDaily(payouts)

	settled := watch.New(psp, 500*time.Millisecond) // paylint: expect pollinterval
	refunds := watch.New(psp, 5*time.Second)
	mux.HandleFunc("GET /payments/{id}/await", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
		defer cancel()
		w8 := settled
		if r.URL.Query().Get("kind") == "refund" {
			w8 = refunds
		}
		status, err := w8.Await(ctx, r.PathValue("id"))
		if err != nil {
			http.Error(w, "still pending", http.StatusAccepted)
			return
		}
		_, _ = w.Write([]byte(status))
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}

// payDaily pays the sellers' balances once a day.
func payDaily(r *payout.Runner) {
	for range time.Tick(24 * time.Hour) {
		ctx := context.Background()
		if _, err := r.Pay(ctx, "seller-1", 12_000); err != nil {
			slog.Error("payout", "err", err)
		}
		_ = r.Tell(ctx, "seller-1")
	}
}
