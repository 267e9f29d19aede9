package molliechi

import (
	"github.com/go-chi/chi/v5"
	mollie "github.com/mollie/mollie-api-golang"
	"gorm.io/gorm"
)

func Mount(r chi.Router, db *gorm.DB, client *mollie.Client, n *Notifier) {
	wh := &Webhooks{mollie: client, payments: &PaymentRepo{db: db}, notifier: n}
	r.Route("/mollie", func(r chi.Router) {
		r.Post("/webhook/orders", wh.Orders)
		r.Post("/webhook/wallet", wh.Wallet)
		r.Post("/webhook/guarded", wh.Guarded)
	})
	r.Post("/api/v1/payment-status", wh.Legacy)
}
