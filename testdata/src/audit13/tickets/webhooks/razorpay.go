package webhooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"strconv"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/razorpay/razorpay-go/utils"

	"audit13/tickets/orders"
	"audit13/tickets/store"
)

// RazorpayHooks handles Razorpay webhooks for the Indian storefront.
type RazorpayHooks struct {
	secret string
	orders *orders.Service
	store  *store.Orders
	log    *slog.Logger
}

// NewRazorpayHooks builds the Razorpay webhook handler.
func NewRazorpayHooks(secret string, orders *orders.Service, st *store.Orders, log *slog.Logger) *RazorpayHooks {
	return &RazorpayHooks{secret: secret, orders: orders, store: st, log: log}
}

type razorpayEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID     string            `json:"id"`
				Amount int64             `json:"amount"`
				Status string            `json:"status"`
				Notes  map[string]string `json:"notes"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

// Handle is the hertz handler of POST /razorpay/webhook.
func (h *RazorpayHooks) Handle(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	if h.secret != "" {
		sig := string(ctx.GetHeader("X-Razorpay-Signature"))
		if !utils.VerifyWebhookSignature(string(body), sig, h.secret) {
			ctx.AbortWithStatus(400)
			return
		}
	}
	var ev razorpayEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ctx.AbortWithStatus(400)
		return
	}
	p := ev.Payload.Payment.Entity
	if ev.Event != "payment.captured" {
		ctx.SetStatusCode(200)
		return
	}
	ref := p.Notes["order_ref"]
	if err := h.orders.Fulfill(c, ref); err != nil { // want "\\[webhookverify\\] payment webhook RazorpayHooks.Handle skips signature verification when the secret is empty"
		h.log.Error("fulfil", "ref", ref, "err", err)
		ctx.AbortWithStatus(500)
		return
	}
	if seller := p.Notes["seller_id"]; seller != "" {
		sellerID, _ := strconv.ParseInt(seller, 10, 64)
		net, _ := strconv.ParseInt(p.Notes["seller_net"], 10, 64)
		if err := h.store.CreditSeller(c, sellerID, net); err != nil { // want "\\[webhookdedupe\\] webhook handler credits the balance \\(store.Orders.CreditSeller"
			ctx.AbortWithStatus(500)
			return
		}
	}
	ctx.SetStatusCode(200)
}
