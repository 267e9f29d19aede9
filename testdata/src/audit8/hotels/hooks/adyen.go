// Package hooks receives payment provider notifications for the booking engine.
package hooks

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/smtp"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

type notificationItem struct {
	Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
}

type notification struct {
	Live              string             `json:"live"`
	NotificationItems []notificationItem `json:"notificationItems"`
}

// Jobs is the background queue (a table the worker reads).
type Jobs interface {
	Enqueue(ctx context.Context, kind, ref string) error
}

// Handler handles Adyen and Stripe notifications.
type Handler struct {
	DB       *sql.DB
	HMACKey  string
	PMSURL   string
	Jobs     Jobs
	SMTPAddr string
}

// adyenStandard handles AUTHORISATION notifications: verify, dedupe, ack, enqueue.
func (h *Handler) adyenStandard(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, it := range n.NotificationItems {
		item := it.Item
		if !hmacvalidator.ValidateHmac(item, h.HMACKey) {
			http.Error(w, "invalid hmac", http.StatusUnauthorized)
			return
		}
		res, err := h.DB.ExecContext(ctx,
			`INSERT INTO adyen_events (psp_reference, event_code, success) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
			item.PspReference, item.EventCode, item.Success)
		if err != nil {
			http.Error(w, "db", http.StatusInternalServerError)
			return
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if item.EventCode == "AUTHORISATION" && item.Success == "true" {
			h.DB.ExecContext(ctx, `UPDATE reservations SET payment_status = 'paid' WHERE ref = $1`, item.MerchantReference)
			h.Jobs.Enqueue(ctx, "send-confirmation", item.MerchantReference)
		}
	}
	w.Write([]byte("[accepted]"))
}

// adyenDeposits handles deposit notifications for the group's older properties.
func (h *Handler) adyenDeposits(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	for _, it := range n.NotificationItems {
		item := it.Item
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		h.DB.ExecContext(r.Context(), `UPDATE reservations SET deposit_status = 'paid' WHERE ref = $1`, item.MerchantReference) // want "\\[webhookverify\\] payment webhook /webhooks/adyen/deposits acts on the payment \\(paid state stored by sql.DB.ExecContext\\) without verifying"
		msg := fmt.Sprintf("Subject: Deposit received\r\n\r\nWe received your deposit for booking %s.", item.MerchantReference)
		smtp.SendMail(h.SMTPAddr, nil, "reservations@hotel.example", []string{guestEmail(item)}, []byte(msg)) // want "\\[webhookack\\] .*sends a message \\(smtp.SendMail\\) before answering" "\\[webhookdedupe\\] .*sends a message \\(smtp.SendMail\\) on every delivery"
	}
	w.Write([]byte("[accepted]"))
}

// adyenRefunds handles REFUND notifications and tells the PMS.
func (h *Handler) adyenRefunds(w http.ResponseWriter, r *http.Request) {
	var n notification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	for _, it := range n.NotificationItems {
		item := it.Item
		hmacvalidator.ValidateHmac(item, h.HMACKey) // webhookverify (reported at the refunded write below): the HMAC verdict is discarded, so an unsigned REFUND notification still marks the reservation refunded and tells the PMS (Tally "Webhooks")
		if item.EventCode != "REFUND" || item.Success != "true" {
			continue
		}
		h.DB.ExecContext(r.Context(), `UPDATE reservations SET payment_status = 'refunded' WHERE ref = $1`, item.MerchantReference) // want "\\[webhookverify\\] payment webhook /webhooks/adyen/refunds verifies the signature but carries on when it fails .* before refunded payment state stored by sql.DB.ExecContext"
		body, _ := json.Marshal(map[string]string{"reservation": item.MerchantReference, "folio_status": "refunded"})
		if _, err := http.Post(h.PMSURL+"/folios/refund", "application/json", bytes.NewReader(body)); err != nil { // want "\\[webhookack\\] .*before answering"
			log.Printf("pms: %v", err)
		}
	}
	w.Write([]byte("[accepted]"))
}

func guestEmail(item webhook.NotificationRequestItem) string {
	if item.AdditionalData == nil {
		return ""
	}
	s, _ := (*item.AdditionalData)["shopperEmail"].(string)
	return s
}
