package paypalflow

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/plutov/paypal/v4"
)

type ppEvent struct {
	ID        string `json:"id"`
	EventType string `json:"event_type"`
	Resource  struct {
		ID                string `json:"id"`
		SupplementaryData struct {
			RelatedIDs struct {
				OrderID string `json:"order_id"`
			} `json:"related_ids"`
		} `json:"supplementary_data"`
	} `json:"resource"`
}

// CaptureCompleted handles PAYMENT.CAPTURE.COMPLETED.
func (h *Handlers) CaptureCompleted(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	if _, err := h.pp.VerifyWebhookSignature(r.Context(), r, h.webhookID); err != nil {
		http.Error(w, "verify", http.StatusBadRequest)
		return
	}
	var evt ppEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	orderID := evt.Resource.SupplementaryData.RelatedIDs.OrderID
	if err := h.orders.MarkPaid(r.Context(), orderID, evt.Resource.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/paypal/capture checks only the error of paypal Client.VerifyWebhookSignature"
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	userID, _, _ := h.orders.Lookup(r.Context(), orderID)
	_ = h.mail.SendReceipt(r.Context(), userID, orderID) // want "\\[webhookdedupe\\] webhook handler sends a message .*SendReceipt" "\\[webhookack\\] webhook handler sends a message .*SendReceipt"
	w.WriteHeader(http.StatusOK)
}

// Refunds handles PAYMENT.CAPTURE.REFUNDED: access is revoked once per event.
type Refunds struct {
	PP        *paypal.Client
	DB        *sql.DB
	WebhookID string
	Jobs      chan<- string
}

func (h *Refunds) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	v, err := h.PP.VerifyWebhookSignature(r.Context(), r, h.WebhookID)
	if err != nil || v.VerificationStatus != "SUCCESS" {
		http.Error(w, "verify", http.StatusBadRequest)
		return
	}
	var evt ppEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	res, err := h.DB.ExecContext(r.Context(),
		`INSERT INTO processed_events (provider, event_id) VALUES ('paypal', $1) ON CONFLICT DO NOTHING`, evt.ID)
	if err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.DB.ExecContext(r.Context(),
		`UPDATE enrollments SET revoked_at = now() WHERE order_ref = $1`,
		evt.Resource.SupplementaryData.RelatedIDs.OrderID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	h.Jobs <- "refund-mail:" + evt.ID
	w.WriteHeader(http.StatusOK)
}
