package connecthooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Handler holds the Connect webhook endpoints.
type Handler struct {
	secret   string
	balances *Balances
	ledger   *LedgerAPI
}

type payoutObj struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
	Status string `json:"status"`
}

func (h *Handler) event(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return ev, true
}

// Payouts handles payout.paid on connected accounts.
func (h *Handler) Payouts(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	if ev.Type != "payout.paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	var p payoutObj
	if err := json.Unmarshal(ev.Data.Raw, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.balances.AddPaidOut(r.Context(), ev.Account, p.Amount); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Transfers handles transfer.created: the ledger row is deduplicated on the
// event id, then the finance ledger service is told before Stripe is answered.
func (h *Handler) Transfers(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var p payoutObj
	if err := json.Unmarshal(ev.Data.Raw, &p); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	fresh, err := h.balances.RecordTransfer(r.Context(), ev.ID, ev.Account, p.Amount)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if fresh {
		if err := h.ledger.PostEntry(r.Context(), ev.Account, p.Amount, ev.ID); err != nil { // want "\\[webhookack\\] webhook handler calls connecthooks.LedgerAPI.PostEntry"
			log.Printf("ledger service: %v", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
