package creditsweb

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Router builds the HTTP routes.
func Router(w *Wallet) http.Handler {
	r := chi.NewRouter()
	r.Get("/pay/callback", payCallback(w))
	r.Get("/purchases/{id}/landing", purchaseLanding(w))

	mux := http.NewServeMux()
	mux.HandleFunc("GET /packs/{id}/thank-you", packThankYou(w))
	mux.Handle("/", r)
	return mux
}
