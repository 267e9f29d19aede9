package hooks

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

type adyenNotification struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// AdyenNotification handles card payment notifications for postpaid
// invoices. Settling is idempotent (status = paid), and a barred line is
// reconnected as soon as its invoice is paid.
func (h *Handlers) AdyenNotification(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var n adyenNotification
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, it := range n.NotificationItems {
		item := it.Item
		if !hmacvalidator.ValidateHmac(item, h.AdyenHMACKey) {
			http.Error(w, "bad hmac", http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		msisdn, err := h.Billing.SettleInvoice(ctx, item.MerchantReference, item.PspReference)
		if err != nil {
			http.Error(w, "settle", http.StatusInternalServerError)
			return
		}
		if msisdn != "" {
			if err := h.Network.Reconnect(ctx, msisdn); err != nil { // want "\\[webhookack\\] webhook handler calls datapacks.Provisioner.Reconnect"
				log.Printf("reconnect %s: %v", msisdn, err)
			}
		}
	}
	_, _ = w.Write([]byte("[accepted]"))
}
