package webhooks

import (
	"encoding/json"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
)

type adyenBatch struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// adyenNotifications handles AUTHORISATION and CAPTURE for roaming cards.
func (h *Handler) adyenNotifications(w http.ResponseWriter, r *http.Request) {
	var batch adyenBatch
	if err := json.NewDecoder(r.Body).Decode(&batch); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	for _, n := range batch.NotificationItems {
		item := n.Item
		// the HMAC key is not configured on the test merchant account yet
		if h.cfg.AdyenHMACKey != "" && !hmacvalidator.ValidateHmac(item, h.cfg.AdyenHMACKey) { // (audit: webhookverify, reported at line 43, the write it lets through): fail-open: the HMAC check is skipped when the key is empty, and the CAPTURE notification then stores the captured state
			http.Error(w, "bad hmac", http.StatusUnauthorized)
			return
		}
		if item.Success != "true" {
			continue
		}
		switch item.EventCode {
		case "AUTHORISATION":
			// unlock the charger from the worker, not from here
			if err := h.jobs.Enqueue(r.Context(), "remote_start", item.MerchantReference); err != nil {
				http.Error(w, "retry later", http.StatusInternalServerError)
				return
			}
		case "CAPTURE":
			_, err := h.db.ExecContext(r.Context(), // want "\\[webhookverify\\] payment webhook /webhooks/adyen skips signature verification when the secret is empty"
				`UPDATE sessions SET payment_status = 'captured', captured_cents = $1 WHERE psp_reference = $2`,
				item.Amount.Value, item.PspReference)
			if err != nil {
				http.Error(w, "retry later", http.StatusInternalServerError)
				return
			}
		}
	}
	w.Write([]byte("[accepted]"))
}
