package webhooks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/adyen/adyen-go-api-library/v21/src/hmacvalidator"
	"github.com/adyen/adyen-go-api-library/v21/src/webhook"
	"github.com/cloudwego/hertz/pkg/app"
)

// SaleCompleter marks desk sales paid.
type SaleCompleter interface {
	Complete(ctx context.Context, ref, pspReference string) error
}

// CaptureJob asks the capture worker to capture an authorised sale.
type CaptureJob struct {
	Ref          string
	PspReference string
	Amount       int64
	Currency     string
}

// AdyenHooks receives Adyen standard notifications on the hertz server
// that also serves the club terminals.
type AdyenHooks struct {
	hmacKey  string
	sales    SaleCompleter
	captures chan<- CaptureJob
}

func NewAdyenHooks(hmacKey string, sales SaleCompleter, captures chan<- CaptureJob) *AdyenHooks {
	return &AdyenHooks{hmacKey: hmacKey, sales: sales, captures: captures}
}

type adyenNotification struct {
	Live              string `json:"live"`
	NotificationItems []struct {
		Item webhook.NotificationRequestItem `json:"NotificationRequestItem"`
	} `json:"notificationItems"`
}

// Notify handles POST /webhooks/adyen.
func (a *AdyenHooks) Notify(c context.Context, ctx *app.RequestContext) {
	var n adyenNotification
	if err := json.Unmarshal(ctx.GetRawData(), &n); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	for _, it := range n.NotificationItems {
		item := it.Item
		if a.hmacKey != "" && !hmacvalidator.ValidateHmac(item, a.hmacKey) {
			log.Printf("adyen: bad hmac for %s", item.PspReference)
			ctx.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		if item.EventCode != "AUTHORISATION" || item.Success != "true" {
			continue
		}
		if err := a.sales.Complete(c, item.MerchantReference, item.PspReference); err != nil {
			ctx.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		select {
		case a.captures <- CaptureJob{Ref: item.MerchantReference, PspReference: item.PspReference, Amount: item.Amount.Value, Currency: item.Amount.Currency}:
		default:
			log.Printf("adyen: capture queue full, %s left for the sweeper", item.PspReference)
		}
	}
	ctx.String(http.StatusOK, "[accepted]")
}
