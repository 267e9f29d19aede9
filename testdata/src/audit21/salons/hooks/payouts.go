package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"audit21/salons/payouts"
	"audit21/salons/store"
)

// Payouts handles the disbursement rail's settlement callbacks.
type Payouts struct {
	Commissions *store.Commissions
	Key         string
	Log         *slog.Logger
}

// Callback is POST /hooks/payouts.
func (h *Payouts) Callback(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var cb payouts.Callback
	if err := json.Unmarshal(body, &cb); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	// Keep what the rail told us even when the signature does not match:
	// ops reconcile those by hand, and the 401 makes the rail page them.
	if err := h.Commissions.MarkByProvider(ctx, cb.TransferID, cb.Status); err != nil { // want "\\[webhookverify\\] payment webhook .*acts on the payment \\(the posted status stored by store\\.Commissions\\.MarkByProvider\\) before it verifies the signature"
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if cb.Status == payouts.StatusReturned || cb.Status == payouts.StatusFailed {
		if err := h.Commissions.Release(ctx, cb.TransferID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	if err := payouts.VerifyCallback(body, r.Header.Get("X-Dispersa-Signature"), h.Key); err != nil {
		h.Log.Error("payout callback signature mismatch", "transfer", cb.TransferID)
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusOK)
}
