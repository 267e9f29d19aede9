package inbound

import (
	"encoding/json"
	"net/http"
)

type batchItem struct {
	Kind string `json:"kind"`
	Ref  string `json:"ref"`
}

type eventBatch struct {
	Items []batchItem `json:"items"`
}

// Gateway takes a gateway's batched callbacks; nothing in its names says
// webhook: the kind compared on each item of the batch does.
type Gateway struct{ Orders Ledger }

func (g *Gateway) Receive(w http.ResponseWriter, r *http.Request) {
	var b eventBatch
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, it := range b.Items {
		if it.Kind == "payment.confirmed" {
			if _, err := g.Orders.Apply(r.Context(), it.Ref); err != nil {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Sync takes the same batch from a catalogue feed: the kinds it compares
// name no payment.
func (g *Gateway) Sync(w http.ResponseWriter, r *http.Request) {
	var b eventBatch
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, it := range b.Items {
		if it.Kind == "product.renamed" {
			_, _ = g.Orders.Apply(r.Context(), it.Ref)
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Handlers is a plural receiver: its Events method is a webhook by name.
type Handlers struct{ Billing Ledger }

func (h *Handlers) Events(w http.ResponseWriter, r *http.Request) {
	var b eventBatch
	if err := json.NewDecoder(r.Body).Decode(&b); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, it := range b.Items {
		if _, err := h.Billing.Apply(r.Context(), it.Ref); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
