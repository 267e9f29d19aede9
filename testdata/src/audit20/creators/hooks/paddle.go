package hooks

import (
	"encoding/json"
	"net/http"
)

type paddleEvent struct {
	EventID   string `json:"event_id"`
	EventType string `json:"event_type"`
	Data      struct {
		ID             string            `json:"id"`
		Status         string            `json:"status"`
		SubscriptionID string            `json:"subscription_id"`
		CustomData     map[string]string `json:"custom_data"`
	} `json:"data"`
}

// Paddle handles Paddle Billing deliveries for EU memberships. The
// route is wrapped in Paddle's signature middleware. POST /hooks/paddle
func (h *Handlers) Paddle(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := readBody(r)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var ev paddleEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	switch ev.EventType {
	case "transaction.completed":
		fan, tier := ev.Data.CustomData["fan_id"], ev.Data.CustomData["tier_id"]
		if err := h.Members.Activate(ctx, fan, tier, "paddle", ev.Data.SubscriptionID); err != nil { // audit: lookalike webhookverify: the route is mounted in cmd/creatorsd behind paddle.WebhookVerifier.Middleware, which answers 400/403 and stops on a bad Paddle-Signature
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if err := h.Fanout.Notify(ctx, ev.Data.CustomData["creator_id"], "member.joined", ev.EventID, map[string]string{"fan_id": fan, "tier_id": tier}); err != nil { // want "\\[webhookack\\] webhook handler calls notify\\.Fanout\\.Notify, which retries work \\(retry\\.Do\\)"
			h.Log.Warn("svix notify", "event", ev.EventID, "err", err)
		}
	case "subscription.canceled":
		if err := h.Members.SetStatus(ctx, ev.Data.ID, "canceled"); err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
