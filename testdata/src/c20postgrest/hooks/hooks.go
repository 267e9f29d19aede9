// Package hooks takes the print shop's Stripe events (net/http).
package hooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"

	"c20postgrest/sb"
)

type Hooks struct {
	secret string
	db     *sb.DB
	press  *sb.Press
}

func (h *Hooks) session(w http.ResponseWriter, r *http.Request) (*stripe.CheckoutSession, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	var cs stripe.CheckoutSession
	if ev.Type != "checkout.session.completed" || json.Unmarshal(ev.Data.Raw, &cs) != nil {
		w.WriteHeader(http.StatusOK)
		return nil, false
	}
	return &cs, true
}

// Completed reads and updates the order in the shop's own database
// (PostgREST): silent, as over database/sql.
func (h *Hooks) Completed(w http.ResponseWriter, r *http.Request) {
	cs, ok := h.session(w, r)
	if !ok {
		return
	}
	o, err := h.db.Order(cs.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.db.MarkPaid(o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.db.LogPayment(o.ID, 0); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// CompletedPress also submits the job to the print partner before it
// answers.
func (h *Hooks) CompletedPress(w http.ResponseWriter, r *http.Request) {
	cs, ok := h.session(w, r)
	if !ok {
		return
	}
	o, err := h.db.Order(cs.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.db.MarkPaid(o.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.press.Submit(o.ID); err != nil { // want `webhook handler calls sb.Press.Submit, which calls an external API \(http.Client.Do\)`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func Mount(mux *http.ServeMux, secret string, db *sb.DB, press *sb.Press) {
	h := &Hooks{secret: secret, db: db, press: press}
	mux.HandleFunc("/webhooks/stripe", h.Completed)
	mux.HandleFunc("/webhooks/stripe-press", h.CompletedPress)
}
