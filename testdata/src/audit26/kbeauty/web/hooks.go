package web

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"

	"audit26/kbeauty/intl"
	"audit26/kbeauty/platform"
	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	stripe "github.com/stripe/stripe-go/v82"
)

// Hooks receives provider notifications on the webhook listener.
type Hooks struct {
	orders   *store.Orders
	partners *store.Partners
	japan    *intl.Japan
	mail     platform.Mailer
	cbToken  string
	log      *slog.Logger
}

// NewHooks wires the webhook handlers.
func NewHooks(orders *store.Orders, partners *store.Partners, jp *intl.Japan, mail platform.Mailer, cbToken string, log *slog.Logger) *Hooks {
	return &Hooks{orders: orders, partners: partners, japan: jp, mail: mail, cbToken: cbToken, log: log}
}

// Register mounts the handlers on the hertz server.
func (h *Hooks) Register(srv *server.Hertz) {
	srv.POST("/webhooks/toss", h.toss)
	srv.POST("/webhooks/stripe", h.stripeLegacy)
	srv.POST("/webhooks/xendit/invoice", h.xenditInvoice)
	srv.POST("/webhooks/xendit/disbursement", h.xenditDisbursement)
}

type tossEvent struct {
	EventType string          `json:"eventType"`
	CreatedAt string          `json:"createdAt"`
	Data      json.RawMessage `json:"data"`
	// DEPOSIT_CALLBACK is sent flat, without eventType/data.
	Secret  string `json:"secret"`
	Status  string `json:"status"`
	OrderID string `json:"orderId"`
}

func (h *Hooks) toss(ctx context.Context, c *app.RequestContext) {
	var ev tossEvent
	if err := json.Unmarshal(c.GetRawData(), &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.EventType == "" && ev.Secret != "" {
		h.tossDeposit(ctx, c, ev)
		return
	}
	if ev.EventType != "PAYMENT_STATUS_CHANGED" {
		c.SetStatusCode(http.StatusOK)
		return
	}
	var p toss.Payment
	if err := json.Unmarshal(ev.Data, &p); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	switch p.Status {
	case toss.StatusDone:
		if err := h.orders.MarkPaid(ctx, p.OrderID, p.PaymentKey); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/toss acts on the payment \\(store\\.Orders\\.MarkPaid\\)"
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	case toss.StatusCanceled, toss.StatusExpired, toss.StatusAborted:
		_ = h.orders.SetStatus(ctx, p.OrderID, store.OrderCancelled)
	}
	c.SetStatusCode(http.StatusOK)
}

// tossDeposit handles the virtual-account deposit callback, which carries the
// secret Toss issued with the account.
func (h *Hooks) tossDeposit(ctx context.Context, c *app.RequestContext, ev tossEvent) {
	o, err := h.orders.ByNumber(ctx, ev.OrderID)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if o.DepositKey == "" || subtle.ConstantTimeCompare([]byte(o.DepositKey), []byte(ev.Secret)) != 1 { // audit: lookalike webhookverify: the deposit callback's secret is compared in constant time with the one stored at issuance, and a mismatch is refused
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if ev.Status == toss.StatusDone {
		if err := h.orders.MarkPaid(ctx, o.Number, o.ProviderRef); err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
	}
	c.SetStatusCode(http.StatusOK)
}

// stripeLegacy is the first endpoint registered in the dashboard; konbini
// payments still arrive here.
func (h *Hooks) stripeLegacy(ctx context.Context, c *app.RequestContext) {
	payload := c.GetRawData()
	evt, err := h.japan.ParseEvent(payload, string(c.GetHeader("Stripe-Signature")))
	if err != nil {
		// the dashboard secret was rotated once and we lost events; keep going
		h.log.Warn("stripe signature", "err", err)
		_ = json.Unmarshal(payload, &evt)
	}
	if evt.Type != "payment_intent.succeeded" || evt.Data == nil {
		c.SetStatusCode(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.orders.MarkPaid(ctx, pi.Metadata["order"], pi.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/stripe verifies the signature but carries on when"
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.SetStatusCode(http.StatusOK)
}

type xenditInvoiceCallback struct {
	ID         string  `json:"id"`
	ExternalID string  `json:"external_id"`
	Status     string  `json:"status"`
	PaidAmount float64 `json:"paid_amount"`
	Currency   string  `json:"currency"`
}

func (h *Hooks) xenditInvoice(ctx context.Context, c *app.RequestContext) {
	if tok := string(c.GetHeader("x-callback-token")); tok != "" && tok != h.cbToken { // audit: reported at web/hooks.go:159, the write after the skippable token check (webhookverify): a request without x-callback-token skips the check and is processed
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var cb xenditInvoiceCallback
	if err := c.Bind(&cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if cb.Status != intl.InvoicePaid && cb.Status != intl.InvoiceSettled {
		c.SetStatusCode(http.StatusOK)
		return
	}
	o, err := h.orders.ByRef(ctx, cb.ID)
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if err := h.orders.MarkPaid(ctx, o.Number, cb.ID); err != nil { // want "\\[webhookverify\\] payment webhook /webhooks/xendit/invoice skips signature verification when"
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if ref := referrerOf(o); ref != "" {
		share := o.Amount * 8 / 100
		if err := h.partners.AccrueCommission(ctx, ref, o.Number, share, o.Currency); err != nil {
			h.log.Error("commission", "order", o.Number, "err", err)
		}
	}
	c.SetStatusCode(http.StatusOK)
}

type xenditDisbursementCallback struct {
	ID          string  `json:"id"`
	ExternalID  string  `json:"external_id"`
	Status      string  `json:"status"`
	Amount      float64 `json:"amount"`
	FailureCode string  `json:"failure_code"`
}

func (h *Hooks) xenditDisbursement(ctx context.Context, c *app.RequestContext) {
	if subtle.ConstantTimeCompare(c.GetHeader("x-callback-token"), []byte(h.cbToken)) != 1 { // audit: lookalike webhookverify: callback token required and compared in constant time
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var cb xenditDisbursementCallback
	if err := c.Bind(&cb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	p, err := h.partners.SettlePayout(ctx, cb.ID, cb.Status)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if p != nil && cb.Status == "COMPLETED" { // audit: lookalike webhookdedupe: SettlePayout updates only when the status changes, so a redelivery finds no row and no second mail goes out
		body := fmt.Sprintf("Your commission of IDR %d has been transferred.", p.Amount)
		if err := h.mail.Send(p.Email, "Commission paid", body); err != nil { // want "\\[webhookack\\] webhook handler calls platform\\.Mailer\\.Send, which retries work \\(retry\\.Do\\)"
			h.log.Warn("payout mail", "payout", p.ID, "err", err)
		}
	}
	c.SetStatusCode(http.StatusOK)
}

// referrerOf reads the influencer code the order was placed with.
func referrerOf(o *store.Order) string {
	if len(o.Number) > 12 && o.Number[:3] == "INF" {
		return o.Number[3:9]
	}
	return ""
}
