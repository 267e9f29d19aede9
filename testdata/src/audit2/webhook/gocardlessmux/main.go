package gocardlessmux

import (
	"log"
	"net/http"
	"os"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/jackc/pgx/v5/pgxpool"
)

func NewMux(pool *pgxpool.Pool) *http.ServeMux {
	b := &Billing{pool: pool}
	secret := os.Getenv("GC_WEBHOOK_SECRET")
	confirmed, err := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(b.Confirmed))
	if err != nil {
		log.Fatal(err)
	}
	paidOut, err := gocardless.NewWebhookHandler(secret, gocardless.EventHandlerFunc(b.PaidOut))
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/gocardless/webhooks/confirmed", confirmed)
	mux.Handle("/gocardless/webhooks/paid-out", paidOut)
	return mux
}
