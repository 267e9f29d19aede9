package fleetpayout

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"audit10/carrental/platform"
)

type payoutEvent struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	PayoutID string `json:"payout_id"`
	Status   string `json:"status"`
	Ref      string `json:"reference"`
}

// PayoutStore updates payouts from the bank's notifications.
type PayoutStore interface {
	MarkPayoutPaid(ctx context.Context, payoutID string) error
	MarkPayoutFailed(ctx context.Context, payoutID, status string) error
}

// WebhookHandler receives payout status notifications from the bank.
type WebhookHandler struct {
	secret string
	store  PayoutStore
}

// NewWebhookHandler returns the handler; secret is the signing secret
// configured in the bank's portal.
func NewWebhookHandler(secret string, store PayoutStore) *WebhookHandler {
	return &WebhookHandler{secret: secret, store: store}
}

func (h *WebhookHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if err := platform.VerifyHMAC(body, r.Header.Get("X-Partner-Signature"), h.secret); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev payoutEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	var serr error
	switch {
	case ev.Type == "payout.status_changed" && ev.Status == "paid":
		serr = h.store.MarkPayoutPaid(r.Context(), ev.PayoutID) // want "\\[webhookverify\\] payment webhook WebhookHandler.ServeHTTP skips signature verification when the secret is empty"
	case ev.Type == "payout.status_changed" && (ev.Status == "failed" || ev.Status == "returned"):
		serr = h.store.MarkPayoutFailed(r.Context(), ev.PayoutID, ev.Status) // want "\\[webhookverify\\] payment webhook WebhookHandler.ServeHTTP skips signature verification when the secret is empty"
	}
	if serr != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
