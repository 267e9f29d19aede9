package hooks

import (
	"net/http"

	"audit20/creators/lemon"
)

// Lemon handles Lemon Squeezy deliveries. POST /hooks/lemon
func (h *Handlers) Lemon(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if err := lemon.VerifySignature(h.Secrets.Lemon, body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, "signature", http.StatusUnauthorized)
		return
	}
	ev, err := lemon.ParseEvent(body)
	if err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	purchaseID := ev.Meta.CustomData["purchase_id"]
	switch ev.Meta.EventName {
	case "order_created":
		if ev.Data.Attributes.Status != lemon.OrderPaid || purchaseID == "" {
			w.WriteHeader(http.StatusOK)
			return
		}
		first, err := h.Purchases.MarkPaid(ctx, purchaseID, "lemon:"+ev.Data.ID) // want "\\[webhookverify\\] payment webhook Handlers\\.Lemon skips signature verification when the secret"
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if !first {
			w.WriteHeader(http.StatusOK)
			return
		}
		p, err := h.Purchases.Get(ctx, purchaseID)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Earnings.Add(ctx, p.CreatorID, ev.Data.Attributes.Total, ev.Data.Attributes.Currency, "lemon:"+ev.Data.ID); err != nil { // audit: lookalike webhookdedupe: booked only when MarkPaid's UPDATE ... WHERE status = 'pending' moved the purchase, so a repeat delivery returns above
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Jobs.SendReceipt(ctx, purchaseID); err != nil { // audit: lookalike webhookack: the download e-mail goes on the machinery queue (a local write); the worker sends it after the 200
			h.Log.Error("queue receipt", "purchase", purchaseID, "err", err)
		}
	case "order_refunded":
		if err := h.Purchases.MarkRefunded(ctx, purchaseID); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
