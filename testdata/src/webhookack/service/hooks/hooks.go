// Package hooks: a payment webhook whose slow work is inside another
// package's service method.
package hooks

import (
	"net/http"

	"webhookack/service/shipping"
)

type Hooks struct {
	Shipping *shipping.Service
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /payments/webhook", h.paid)
	mux.HandleFunc("POST /payments/webhook-queued", h.paidQueued)
}

func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) {
	if err := h.Shipping.OnPaid(r.Context(), r.FormValue("order_id")); err != nil { // want `webhook handler calls shipping.Service.OnPaid, which calls shipping.Client.Book, which calls an external API \(http.Client.Post\) before answering`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) paidQueued(w http.ResponseWriter, r *http.Request) {
	h.Shipping.Enqueue(r.FormValue("order_id"))
	w.WriteHeader(http.StatusOK)
}
