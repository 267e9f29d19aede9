package webhooks

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"

	"audit16/civic/kit"
	"audit16/civic/store"
)

// TaskQueue hands work to the background workers.
type TaskQueue interface {
	SendReceipt(ctx context.Context, kind, ref string) error
}

// IPS handles the central bank's instant-payment notifications.
type IPS struct {
	key   string
	taxes *store.TaxStore
	queue TaskQueue
}

func NewIPS(key string, taxes *store.TaxStore, queue TaskQueue) *IPS {
	return &IPS{key: key, taxes: taxes, queue: queue}
}

type ipsNotification struct {
	ChargeID    string `json:"charge_id"`
	EndToEndID  string `json:"end_to_end_id"`
	Status      string `json:"status"`
	AmountCents int64  `json:"amount"`
}

// Notify serves POST /ips/notify.
func (h *IPS) Notify(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	if sig := string(ctx.GetHeader("X-IPS-Signature")); sig != "" {
		if err := kit.VerifyIPS(body, sig, h.key); err != nil {
			ctx.AbortWithStatus(http.StatusUnauthorized)
			return
		}
	}
	var n ipsNotification
	if err := json.Unmarshal(body, &n); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	bill, err := h.taxes.BillByCharge(c, n.ChargeID)
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	switch n.Status {
	case "SETTLED":
		if err := h.taxes.MarkBillPaid(c, bill.ID, n.EndToEndID); err != nil { // want "\\[webhookverify\\] payment webhook IPS.Notify skips signature verification when the request sends no X-IPS-Signature header"
			ctx.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		if err := h.taxes.AddPayment(c, bill.AccountID, n.AmountCents); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance .store.TaxStore.AddPayment"
			ctx.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		_ = h.queue.SendReceipt(c, "council-tax", bill.Ref)
	case "REJECTED", "EXPIRED":
		_ = h.taxes.MarkBillFailed(c, bill.ID)
	}
	ctx.SetStatusCode(http.StatusOK)
}
