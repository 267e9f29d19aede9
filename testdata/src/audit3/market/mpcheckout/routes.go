package mpcheckout

import (
	"database/sql"
	"html/template"
	"net/http"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Register mounts the checkout pages and the notification endpoints.
func Register(mux *http.ServeMux, db *sql.DB, cfg *config.Config, secret string, tpl *template.Template) {
	orders := &Orders{db: db}
	mp := payment.NewClient(cfg)
	pages := &Pages{orders: orders, mp: mp, tpl: tpl}
	notes := &Notifications{orders: orders, mp: mp, secret: secret}

	mux.HandleFunc("GET /checkout/mp/success", pages.Success)
	mux.HandleFunc("GET /checkout/mp/success-v2", pages.SuccessV2)
	mux.HandleFunc("GET /checkout/mp/pending", pages.Pending)
	mux.HandleFunc("POST /webhooks/mercadopago", notes.Payment)
	mux.HandleFunc("POST /webhooks/mercadopago/v2", notes.PaymentV2)
}
