package webhooks

import (
	"log/slog"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/gin-gonic/gin"

	"audit11/utilities/billing"
)

type adyenNotification struct {
	Live  string `json:"live"`
	Items []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Adyen handles Adyen standard notifications for card payments.
type Adyen struct {
	hmacKey string
	bills   billing.BillStore
	log     *slog.Logger
}

func NewAdyen(hmacKey string, bills billing.BillStore) *Adyen {
	return &Adyen{hmacKey: hmacKey, bills: bills, log: slog.Default().With("provider", "adyen")}
}

// Notify acknowledges a batch of notifications with "[accepted]".
func (h *Adyen) Notify(c *gin.Context) {
	var n adyenNotification
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	for _, it := range n.Items {
		item := it.Item
		if !hmacvalidator.ValidateHmac(item, h.hmacKey) {
			h.log.Warn("adyen notification hmac mismatch", "psp", item.PspReference, "event", item.EventCode)
		}
		switch {
		case item.EventCode == "AUTHORISATION" && item.Success == "true":
			if err := h.bills.MarkPaid(c.Request.Context(), item.MerchantReference, item.PspReference); err != nil { // want "\\[webhookverify\\] payment webhook Adyen.Notify verifies the signature but carries on when it fails"
				h.log.Error("mark paid", "bill", item.MerchantReference, "err", err)
			}
		case item.EventCode == "AUTHORISATION":
			_ = h.bills.MarkFailed(c.Request.Context(), item.MerchantReference, "refused")
		}
	}
	c.String(http.StatusOK, "[accepted]")
}
