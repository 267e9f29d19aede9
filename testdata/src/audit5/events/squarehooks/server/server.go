// Package server wires the webhook endpoints.
package server

import (
	"database/sql"
	"net/http"

	"github.com/square/square-go-sdk/client"

	"audit5/events/squarehooks/hooks"
	"audit5/events/squarehooks/issuing"
)

func Mux(db *sql.DB, sq *client.Client) *http.ServeMux {
	h := hooks.NewHandler(&issuing.Service{DB: db}, sq.Webhooks)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/square/kiosk", h.PaymentUpdated)
	mux.HandleFunc("POST /webhooks/square/store", h.PaymentUpdatedSigned)
	return mux
}
