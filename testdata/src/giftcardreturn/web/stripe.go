// Package web serves the pages the spa's gift-card buyers come back to:
// Stripe's return_url (net/http) and Mercado Pago's back_urls (gin).
package web

import (
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"giftcardreturn/store"
)

// StripePages are the Stripe return pages.
type StripePages struct{ Cards *store.GiftCards }

// Mount registers the pages.
func (p *StripePages) Mount(mux *http.ServeMux) {
	mux.HandleFunc("GET /giftcards/card/complete", p.complete)
	mux.HandleFunc("GET /giftcards/card/checked", p.checked)
	mux.HandleFunc("GET /giftcards/card/back", p.back)
}

// Mistake: the card is issued because the query says
// redirect_status=succeeded; the PaymentIntent is never read.
func (p *StripePages) complete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") == "succeeded" {
		_ = p.Cards.SetStatus(r.Context(), q.Get("order"), "issued") // want "order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		w.Write([]byte("Your gift card is ready."))
		return
	}
	w.Write([]byte("Your payment is being processed."))
}

// Look-alike: the PaymentIntent is read back and the card issued only
// when it succeeded.
func (p *StripePages) checked(w http.ResponseWriter, r *http.Request) {
	pi, err := paymentintent.Get(r.URL.Query().Get("payment_intent"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		_ = p.Cards.SetStatus(r.Context(), pi.Metadata["order"], "issued")
	}
	w.Write([]byte("Thanks!"))
}

// Look-alike: a failed redirect cancels the card; nothing is handed over.
func (p *StripePages) back(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("redirect_status") == "failed" {
		_ = p.Cards.SetStatus(r.Context(), q.Get("order"), "cancelled")
	}
	w.Write([]byte("Your payment did not go through."))
}
