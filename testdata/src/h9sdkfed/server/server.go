// Package server mounts the GoCardless SDK's verifying webhook server.
package server

import (
	"context"
	"database/sql"
	"net/http"
	"os"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"h9sdkfed/paydb"
	"h9sdkfed/subs"
)

func Mux(db *sql.DB) (*http.ServeMux, error) {
	store := paydb.New(db)
	secret := os.Getenv("GC_WEBHOOK_SECRET")
	plain, err := gocardless.NewWebhookHandler(secret, subs.NewCollections(store)) // want `webhook handler inserts a ledger or payment row \(subs.Collections.HandleEvent calls subs.Recorder.Record \(subs.go:36\), bound here to paydb.DB.Record`
	if err != nil {
		return nil, err
	}
	once, err := gocardless.NewWebhookHandler(secret, subs.NewOnceCollections(store, store))
	if err != nil {
		return nil, err
	}
	replay := subs.NewReplayer(store)
	mux := http.NewServeMux()
	mux.Handle("/gocardless", plain)
	mux.Handle("/gocardless/once", once)
	mux.HandleFunc("/admin/replay", func(w http.ResponseWriter, r *http.Request) {
		if err := replay.HandleEvent(context.Background(), r.FormValue("payment")); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	})
	return mux, nil
}
