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
	mux.HandleFunc("POST /webhooks/square/kiosk", h.PaymentUpdated) // want "\\[webhookverify\\] payment webhook handler h.PaymentUpdated \\(package audit5/events/squarehooks/hooks\\) mounted on POST /webhooks/square/kiosk verifies no signature, and no middleware on this route does: it acts on the payment through hooks.Fulfiller.PaymentCompleted \\(hooks.go:52\\), which issuing.Service.PaymentCompleted"
	mux.HandleFunc("POST /webhooks/square/store", h.PaymentUpdatedSigned)
	return mux
}
