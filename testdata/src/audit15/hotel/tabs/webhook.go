package tabs

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"
)

// TabStore closes tabs once paid.
type TabStore interface {
	MarkSettled(ctx context.Context, squareOrderID, paymentID string) error
}

// FolioSender e-mails the guest the itemised folio of a settled tab.
type FolioSender interface {
	SendFolio(ctx context.Context, squareOrderID string) error
}

// WebhookHandler receives Square payment.updated notifications.
type WebhookHandler struct {
	sq        *client.Client
	sigKey    string
	notifyURL string
	seen      *redis.Client
	tabs      TabStore
	folios    FolioSender
}

// NewWebhookHandler wires the Square notification endpoint.
func NewWebhookHandler(sq *client.Client, sigKey, notifyURL string, seen *redis.Client, tabs TabStore, folios FolioSender) *WebhookHandler {
	return &WebhookHandler{sq: sq, sigKey: sigKey, notifyURL: notifyURL, seen: seen, tabs: tabs, folios: folios}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

func (h *WebhookHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil || len(body) == 0 {
		http.Error(w, "empty body", http.StatusBadRequest)
		return
	}
	err = h.sq.Webhooks.VerifySignature(ctx, &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
		SignatureKey:    h.sigKey,
		NotificationURL: h.notifyURL,
	})
	if err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var evt squareEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if evt.Type != "payment.updated" || evt.Data.Object.Payment.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	first, err := h.seen.SetNX(ctx, "square:event:"+evt.EventID, 1, 72*time.Hour).Result()
	if err != nil {
		http.Error(w, "try again", http.StatusServiceUnavailable)
		return
	}
	if !first {
		w.WriteHeader(http.StatusOK)
		return
	}
	p := evt.Data.Object.Payment
	if err := h.tabs.MarkSettled(ctx, p.OrderID, p.ID); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if err := h.folios.SendFolio(ctx, p.OrderID); err != nil {
		log.Printf("tabs: folio for order %s: %v", p.OrderID, err)
	}
	w.WriteHeader(http.StatusOK)
}
