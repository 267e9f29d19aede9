// Package passhooks takes the parking operator's Stripe events over
// net/http and records paid passes through the concrete service.
package passhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82/webhook"

	"q19useport/passes"
)

// Hooks are the listeners.
type Hooks struct {
	svc    *passes.Service
	secret string
}

// New builds the listeners.
func New(svc *passes.Service, secret string) *Hooks { return &Hooks{svc: svc, secret: secret} }

type paidPass struct {
	PassID string `json:"pass_id"`
	Ref    string `json:"ref"`
	Amount int64  `json:"amount"`
}

// Mount mounts the listeners.
func (h *Hooks) Mount(mux *http.ServeMux) {
	mux.HandleFunc("/webhooks/stripe/pass", h.PassPaid)
	mux.HandleFunc("/webhooks/stripe/pass-once", h.PassPaidOnce)
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (paidPass, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidPass{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidPass{}, false
	}
	var p paidPass
	if err := json.Unmarshal(evt.Data.Raw, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return paidPass{}, false
	}
	return p, true
}

// PassPaid records the paid pass on every delivery.
func (h *Hooks) PassPaid(w http.ResponseWriter, r *http.Request) {
	p, ok := h.event(w, r)
	if !ok {
		return
	}
	pay := passes.Payment{PassID: p.PassID, ProviderR: p.Ref, AmountMin: p.Amount, Status: "succeeded"}
	if err := h.svc.Record(r.Context(), pay); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PassPaidOnce records it through the service's own check.
func (h *Hooks) PassPaidOnce(w http.ResponseWriter, r *http.Request) {
	p, ok := h.event(w, r)
	if !ok {
		return
	}
	pay := passes.Payment{PassID: p.PassID, ProviderR: p.Ref, AmountMin: p.Amount, Status: "succeeded"}
	_ = h.svc.RecordOnce(r.Context(), pay)
	w.WriteHeader(http.StatusOK)
}
