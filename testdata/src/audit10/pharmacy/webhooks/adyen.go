package webhooks

import (
	"encoding/json"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"

	"audit10/pharmacy/domain"
)

type adyenNotification struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Adyen handles Adyen standard notifications for consultation fees.
type Adyen struct {
	hmacKey  string
	consults domain.ConsultationPayments
}

// NewAdyen returns the Adyen notification handler.
func NewAdyen(hmacKey string, c domain.ConsultationPayments) *Adyen {
	return &Adyen{hmacKey: hmacKey, consults: c}
}

// Notify handles POST /hooks/adyen.
func (h *Adyen) Notify(w http.ResponseWriter, r *http.Request) {
	var n adyenNotification
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, wrapped := range n.NotificationItems {
		item := wrapped.Item
		if !hmacvalidator.ValidateHmac(item, h.hmacKey) {
			http.Error(w, "invalid hmac", http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" {
			continue
		}
		var err error
		if item.Success == "true" {
			err = h.consults.MarkConsultationPaid(ctx, item.MerchantReference, item.Amount.Value)
		} else {
			err = h.consults.MarkConsultationFailed(ctx, item.MerchantReference)
		}
		if err != nil {
			http.Error(w, "retry later", http.StatusInternalServerError)
			return
		}
	}
	_, _ = w.Write([]byte("[accepted]"))
}
