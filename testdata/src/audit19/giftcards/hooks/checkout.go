package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"

	"audit19/giftcards/domain"
	"audit19/giftcards/signing"
)

// EventLog records provider events by id.
type EventLog interface {
	Record(ctx context.Context, provider, eventID string) (bool, error)
}

// Checkout handles Checkout.com webhooks on the go-zero server.
type Checkout struct {
	secret string
	events EventLog
	orders domain.OrderStore
	queue  domain.IssueQueue
}

// NewCheckout builds the Checkout.com webhook handler; secret is the
// webhook signature key from the dashboard.
func NewCheckout(secret string, events EventLog, orders domain.OrderStore, q domain.IssueQueue) *Checkout {
	return &Checkout{secret: secret, events: events, orders: orders, queue: q}
}

type ckoEvent struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	Data struct {
		ID        string `json:"id"`
		Reference string `json:"reference"`
	} `json:"data"`
}

// Notify is mounted on POST /webhooks/checkout.
func (h *Checkout) Notify(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if err := signing.CheckHMAC(h.secret, body, r.Header.Get("Cko-Signature")); err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev ckoEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	fresh, err := h.events.Record(r.Context(), "checkout", ev.ID)
	if err != nil {
		httpx.Error(w, err)
		return
	}
	if !fresh {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case "payment_captured":
		if err := h.orders.MarkPaid(r.Context(), ev.Data.Reference); err != nil { // want "\\[webhookverify\\] payment webhook Checkout.Notify skips signature verification when the secret is empty"
			httpx.Error(w, err)
			return
		}
		h.queue.EnqueueIssue(ev.Data.Reference)
	case "payment_declined":
		_ = h.orders.SetProviderRef(r.Context(), ev.Data.Reference, ev.Data.ID)
	}
	httpx.OkJson(w, map[string]string{"status": "ok"})
}
