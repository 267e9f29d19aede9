package stripehttp

import (
	"net/http"

	"gorm.io/gorm"
)

func Routes(db *gorm.DB, mailer *Mailer, secret string) *http.ServeMux {
	h := NewWebhookHandler(NewOrderStore(db), mailer, secret)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/stripe/checkout", h.Checkout)
	mux.HandleFunc("POST /webhooks/stripe/topup", h.TopUp)
	mux.HandleFunc("POST /webhooks/stripe/wallet", h.Wallet)
	return mux
}
