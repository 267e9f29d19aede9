// Package hooks receives Square's payment notifications.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"

	square "github.com/square/square-go-sdk"
	webhooks "github.com/square/square-go-sdk/webhooks/client"
)

// Fulfiller is implemented by the issuing package.
type Fulfiller interface {
	PaymentCompleted(ctx context.Context, squareOrderID, paymentID string) error
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

// Handler is mounted for the box-office location's subscription.
type Handler struct {
	Tickets  Fulfiller
	Verifier *webhooks.Client
	SigKey   string
	URL      string
}

// PaymentUpdated handles payment.updated for the kiosk location. The kiosk
// subscription was set up before we had signature keys.
func (h *Handler) PaymentUpdated(w http.ResponseWriter, r *http.Request) {
	var ev squareEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	p := ev.Data.Object.Payment
	if ev.Type == "payment.updated" && p.Status == "COMPLETED" {
		if err := h.Tickets.PaymentCompleted(r.Context(), p.OrderID, p.ID); err != nil { // webhookverify (reported at the mount, server/server.go:17, where the Fulfiller is bound to issuing.Service): the kiosk Square webhook (mounted in squarehooks/server) decodes the event and issues tickets through the Fulfiller interface with no signature check at all
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// PaymentUpdatedSigned is the online-store subscription, signed with the
// subscription's signature key.
func (h *Handler) PaymentUpdatedSigned(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	err = h.Verifier.VerifySignature(r.Context(), &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
		SignatureKey:    h.SigKey,
		NotificationURL: h.URL,
	})
	if err != nil {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	var ev squareEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	p := ev.Data.Object.Payment
	if p.Status == "COMPLETED" {
		if err := h.Tickets.PaymentCompleted(r.Context(), p.OrderID, p.ID); err != nil {
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// NewHandler reads the signature key; in dev it is empty.
func NewHandler(t Fulfiller, v *webhooks.Client) *Handler {
	return &Handler{Tickets: t, Verifier: v, SigKey: os.Getenv("SQUARE_SIG_KEY"), URL: os.Getenv("SQUARE_HOOK_URL")}
}
