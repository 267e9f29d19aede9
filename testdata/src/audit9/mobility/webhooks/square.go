package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	square "github.com/square/square-go-sdk"
	webhooksclient "github.com/square/square-go-sdk/webhooks/client"

	"audit9/mobility/domain"
)

// Square handles Square payment notifications for US and Canadian parking.
type Square struct {
	verifier        *webhooksclient.Client
	signatureKey    string
	notificationURL string
	parking         domain.ParkingStore
	events          domain.EventLog
}

// NewSquare returns the Square webhook handler. signatureKey comes from
// SQUARE_WEBHOOK_SIGNATURE_KEY.
func NewSquare(v *webhooksclient.Client, signatureKey, notificationURL string, parking domain.ParkingStore, events domain.EventLog) *Square {
	return &Square{verifier: v, signatureKey: signatureKey, notificationURL: notificationURL, parking: parking, events: events}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				ReferenceID string `json:"reference_id"`
			} `json:"payment"`
		} `json:"object"`
	} `json:"data"`
}

// Payments is POST /webhooks/square.
func (h *Square) Payments(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if h.signatureKey != "" {
		err := h.verifier.VerifySignature(r.Context(), &square.VerifySignatureRequest{
			RequestBody:     string(body),
			SignatureHeader: r.Header.Get("x-square-hmacsha256-signature"),
			SignatureKey:    h.signatureKey,
			NotificationURL: h.notificationURL,
		})
		if err != nil {
			http.Error(w, "signature", http.StatusUnauthorized)
			return
		}
	}
	var ev squareEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	if ev.Type != "payment.updated" || ev.Data.Object.Payment.Status != "COMPLETED" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if err := h.settle(r.Context(), ev); err != nil { // want "\\[webhookverify\\] payment webhook Square.Payments skips signature verification when the secret is empty"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (h *Square) settle(ctx context.Context, ev squareEvent) error {
	first, err := h.events.Claim(ctx, "square", ev.EventID)
	if err != nil || !first {
		return err
	}
	return h.parking.MarkPaid(ctx, ev.Data.Object.Payment.ReferenceID)
}
