// Package web wires the box-office HTTP server.
package web

import (
	"database/sql"
	"html/template"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/plutov/paypal/v4"

	"audit5/events/returnpage/confirm"
	"audit5/events/returnpage/tickets"
)

func Routes(db *sql.DB, pp *paypal.Client, tmpl *template.Template) http.Handler {
	pages := &confirm.Pages{Issuer: tickets.NewService(db), PayPal: pp, Tmpl: tmpl}
	r := chi.NewRouter()
	r.Get("/orders/confirm", pages.SquareReturn)
	r.Get("/paypal/return", pages.PayPalReturn)
	r.Get("/newsletter/thanks", pages.Thanks)
	return r
}
