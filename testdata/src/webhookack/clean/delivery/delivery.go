// Package delivery: payment webhooks calling the use case through
// domain's interfaces; it builds the use case, so the implementation is
// visible to it.
package delivery

import (
	"net/http"

	"webhookack/clean/domain"
	"webhookack/clean/usecase"
)

type Hooks struct {
	ship    domain.Shipper
	tracker domain.Tracker
}

func New(t domain.Tracker) *Hooks { return &Hooks{ship: usecase.New(), tracker: t} }

func (h *Hooks) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payment", h.paid)
	mux.HandleFunc("POST /webhooks/payment-queued", h.queued)
	mux.HandleFunc("POST /webhooks/payment-async", h.async)
	mux.HandleFunc("POST /webhooks/payment-tracked", h.tracked)
}

// paid books the parcel through the interface before answering.
func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) {
	if err := h.ship.OnPaid(r.Context(), r.FormValue("order_id")); err != nil { // want `webhook handler calls domain.Shipper.OnPaid \(usecase.Shipping.OnPaid\), which calls an external API \(http.Client.Post\) before answering`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// queued only enqueues.
func (h *Hooks) queued(w http.ResponseWriter, r *http.Request) {
	h.ship.Queue(r.FormValue("order_id"))
	w.WriteHeader(http.StatusOK)
}

// async books in a goroutine.
func (h *Hooks) async(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("order_id")
	go h.ship.OnPaid(r.Context(), id)
	w.WriteHeader(http.StatusOK)
}

// tracked: an implementation the package cannot see.
func (h *Hooks) tracked(w http.ResponseWriter, r *http.Request) {
	h.tracker.OnPaid(r.Context(), r.FormValue("order_id"))
	w.WriteHeader(http.StatusOK)
}
