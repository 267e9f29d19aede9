package webhooks

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit10/escrow/domain"
)

// ConnectHooks handles events of freelancers' connected accounts.
type ConnectHooks struct {
	secret     string
	milestones domain.MilestoneStore
}

// NewConnectHooks builds the handler; the secret comes from the Connect
// endpoint settings in the Stripe dashboard.
func NewConnectHooks(secret string, ms domain.MilestoneStore) *ConnectHooks {
	return &ConnectHooks{secret: secret, milestones: ms}
}

// Handle processes one Connect event.
func (h *ConnectHooks) Handle(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if _, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret); err != nil {
			http.Error(w, "invalid signature", http.StatusBadRequest)
			return
		}
	}
	var evt stripe.Event
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	if evt.Type == "payout.paid" {
		var po stripe.Payout
		if err := json.Unmarshal(evt.Data.Raw, &po); err != nil {
			http.Error(w, "payload", http.StatusBadRequest)
			return
		}
		if msID := po.Metadata["milestone_id"]; msID != "" {
			if err := h.milestones.MarkReleased(r.Context(), msID, po.ID); err != nil { // want "\\[webhookverify\\] payment webhook ConnectHooks.Handle skips signature verification when the secret is empty \\(fails open\\) before domain.MilestoneStore.MarkReleased \\(store.Milestones.MarkReleased: paid state stored"
				http.Error(w, "store", http.StatusInternalServerError)
				return
			}
		}
	}
	w.WriteHeader(http.StatusOK)
}
