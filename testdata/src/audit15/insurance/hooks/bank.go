package hooks

import (
	"encoding/json"
	"net/http"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"

	"audit15/insurance/store"
)

// BankCallbacks receives Banco Meridian's credit transfer callbacks.
type BankCallbacks struct {
	Claims *store.Claims
	Tasks  *machinery.Server
}

type transferEvent struct {
	Reference string `json:"reference"`
	Status    string `json:"status"`
	Reason    string `json:"reason"`
}

// TransferStatus records SETTLED and REJECTED transfers.
func (b *BankCallbacks) TransferStatus(w http.ResponseWriter, r *http.Request) {
	var ev transferEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	status := map[string]string{"SETTLED": "settled", "REJECTED": "rejected"}[ev.Status]
	if status == "" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err := b.Claims.SetPayoutStatus(r.Context(), ev.Reference, status); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Returned handles a transfer the payee's bank sent back (closed account,
// wrong name): the claim goes back to the claims handler for new details
// and is paid again.
func (b *BankCallbacks) Returned(w http.ResponseWriter, r *http.Request) {
	var ev transferEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if err := b.Claims.SetPayoutStatus(r.Context(), ev.Reference, "returned"); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	sig, _ := tasks.NewSignature("claims.reissue", []tasks.Arg{{Type: "string", Value: ev.Reference}})
	if _, err := b.Tasks.SendTaskWithContext(r.Context(), sig); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
