// Package srvledger binds the Stripe handler to a cheap paid-state update.
package srvledger

import (
	"database/sql"
	"net/http"
	"os"

	"a11fanout/piwebhook"
	"a11fanout/stock"
)

func Mux(db *sql.DB) *http.ServeMux {
	h := piwebhook.NewIntents(os.Getenv("STRIPE_WHSEC"), stock.NewLedger(db))
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe", h.Succeeded)
	return mux
}
