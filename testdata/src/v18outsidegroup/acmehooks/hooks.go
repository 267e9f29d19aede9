// Package acmehooks receives the Acme bank's payout callbacks (net/http).
package acmehooks

import (
	"encoding/json"
	"net/http"

	"v18outsidegroup/ledgerdb"
)

type payoutEvent struct {
	TransferRef string `json:"transfer_ref"`
	Result      string `json:"result"`
}

// Callbacks holds the handlers' dependencies.
type Callbacks struct{ Store *ledgerdb.Store }

// Settled records a settled payout.
func (cb *Callbacks) Settled(w http.ResponseWriter, r *http.Request) {
	var ev payoutEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := cb.Store.SetTransferStatus(r.Context(), ev.TransferRef, "settled"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Bounced records a payout the payee's bank sent back: it is paid again.
func (cb *Callbacks) Bounced(w http.ResponseWriter, r *http.Request) {
	var ev payoutEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	ref := ev.TransferRef
	if err := cb.Store.SetTransferStatus(r.Context(), ref, "bounced"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Status answers a partner's status probe, storing nothing.
func (cb *Callbacks) Status(w http.ResponseWriter, r *http.Request) {
	var ev payoutEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"transfer_ref": ev.TransferRef})
}
