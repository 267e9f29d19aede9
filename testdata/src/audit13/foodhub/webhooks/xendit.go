package webhooks

import (
	"crypto/subtle"
	"encoding/json"
	"log"

	beecontext "github.com/beego/beego/v2/server/web/context"
)

// XenditHooks handles Xendit's payment callbacks for e-wallet orders.
type XenditHooks struct {
	callbackToken string
	orders        OrderStore
	// cashbackBP is the OVO/DANA launch promo, in basis points.
	cashbackBP int64
}

// NewXenditHooks returns the Xendit handler.
func NewXenditHooks(callbackToken string, orders OrderStore, cashbackBP int64) *XenditHooks {
	return &XenditHooks{callbackToken: callbackToken, orders: orders, cashbackBP: cashbackBP}
}

type xenditCallback struct {
	Event string `json:"event"`
	Data  struct {
		ID          string  `json:"id"`
		ReferenceID string  `json:"reference_id"`
		Status      string  `json:"status"`
		Amount      float64 `json:"amount"`
	} `json:"data"`
}

// PaymentCallback handles payment.succeeded and payment.failed.
func (h *XenditHooks) PaymentCallback(ctx *beecontext.Context) {
	if h.callbackToken != "" {
		got := ctx.Input.Header("x-callback-token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(h.callbackToken)) != 1 {
			ctx.Abort(401, "invalid callback token")
			return
		}
	}
	var cb xenditCallback
	if err := json.Unmarshal(ctx.Input.RequestBody, &cb); err != nil {
		ctx.Abort(400, "bad json")
		return
	}
	rctx := ctx.Request.Context()
	o, err := h.orders.Get(rctx, cb.Data.ReferenceID)
	if err != nil {
		ctx.Abort(500, "order lookup")
		return
	}
	switch cb.Event {
	case "payment.succeeded":
		if err := h.orders.MarkPaid(rctx, o.ID); err != nil { // want "\\[webhookverify\\] payment webhook XenditHooks.PaymentCallback skips signature verification when the secret is empty \\(fails open\\)"
			ctx.Abort(500, "db")
			return
		}
		if h.cashbackBP > 0 {
			cashback := int64(cb.Data.Amount*100) * h.cashbackBP / 10000
			if err := h.orders.AddCashback(rctx, o.CustomerID, cashback); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(webhooks.OrderStore.AddCashback"
				log.Printf("cashback for %s: %v", o.ID, err)
			}
		}
	case "payment.failed":
		_ = h.orders.MarkFailed(rctx, o.ID, cb.Data.Status)
	}
	ctx.Output.SetStatus(200)
}
