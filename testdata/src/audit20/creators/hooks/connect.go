package hooks

import (
	"encoding/json"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
)

// Connect handles events of creators' connected accounts: downloads that
// creators sell on their own storefronts are direct charges on their
// accounts. POST /hooks/stripe/connect
func (h *Handlers) Connect(w http.ResponseWriter, r *http.Request) {
	body, err := readBody(r)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var ev stripe.Event
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if ev.Type != stripe.EventTypeCheckoutSessionCompleted || ev.Account == "" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if s.PaymentStatus == stripe.CheckoutSessionPaymentStatusPaid {
		if err := h.Purchases.Grant(r.Context(), s.ClientReferenceID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
