package server

import (
	"net/http"
	"os"

	"github.com/go-chi/chi/v5"
	"gorm.io/gorm"

	"audit2/webhook/svixchi/hooks"
	"audit2/webhook/svixchi/mw"
)

func New(db *gorm.DB) http.Handler {
	h := &hooks.Handler{Store: &hooks.Store{DB: db}}
	r := chi.NewRouter()
	r.Route("/webhooks/billing", func(r chi.Router) {
		r.Use(mw.Svix(os.Getenv("SVIX_SECRET")))
		r.Post("/invoice-paid", h.InvoicePaid)
	})
	r.With(mw.SvixOptional(os.Getenv("SVIX_CREDITS_SECRET"))).Post("/webhooks/credits", h.CreditsPurchased) // want "\\[webhookverify\\] "
	r.Post("/webhooks/membership", h.InvoicePaid)                                                           // want "\\[webhookverify\\] "
	return r
}
