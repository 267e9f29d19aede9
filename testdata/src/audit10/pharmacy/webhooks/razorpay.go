// Package webhooks receives the payment providers' notifications.
package webhooks

import (
	"context"
	"encoding/json"
	"io"
	"log"
	"net/http"

	"audit10/pharmacy/domain"
	"audit10/pharmacy/signing"
	"audit10/pharmacy/store"
)

type razorpayEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string            `json:"id"`
				OrderID string            `json:"order_id"`
				Amount  int64             `json:"amount"`
				Status  string            `json:"status"`
				Notes   map[string]string `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

type consultConfirmer interface {
	ConfirmPaid(ctx context.Context, consultationID, paymentID string) error
}

// Razorpay handles Razorpay webhooks for consultation bookings.
type Razorpay struct {
	secret   string
	st       *store.Store
	consults consultConfirmer
	notify   domain.Notifier
}

// NewRazorpay returns the Razorpay webhook handler.
func NewRazorpay(secret string, st *store.Store, c consultConfirmer, n domain.Notifier) *Razorpay {
	return &Razorpay{secret: secret, st: st, consults: c, notify: n}
}

func (h *Razorpay) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if h.secret != "" {
		if err := signing.VerifyRazorpay(body, r.Header.Get("X-Razorpay-Signature"), h.secret); err != nil {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
	}
	var evt razorpayEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	pay := evt.Payload.Payment.Entity
	ctx := r.Context()
	switch evt.Event {
	case "payment.captured":
		consID := pay.Notes["consultation_id"]
		if consID == "" {
			w.WriteHeader(http.StatusOK)
			return
		}
		if err := h.consults.ConfirmPaid(ctx, consID, pay.ID); err != nil { // want "\\[webhookverify\\] payment webhook Razorpay.ServeHTTP skips signature verification when the secret is empty"
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		c, err := h.st.Consultation(ctx, consID)
		if err == nil {
			if p, err := h.st.Patient(ctx, c.PatientID); err == nil {
				_ = h.notify.SendSMS(ctx, p.Phone, "Payment received. Your consultation is booked.") // want "\\[webhookdedupe\\] webhook handler sends a message \\(domain.Notifier.SendSMS\\) on every delivery" "\\[webhookack\\] webhook handler sends a message \\(domain.Notifier.SendSMS\\) before answering"
			}
		}
	case "payment.failed":
		log.Printf("razorpay: payment %s failed for order %s", pay.ID, pay.OrderID)
	}
	w.WriteHeader(http.StatusOK)
}
