// Package live is a stream's tipping service on hertz; main routes its
// pages.
package live

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"

	"returnquerypaid/store"
)

// Overlay shows tips on the stream.
type Overlay interface {
	Show(streamID string, t *store.Tip)
}

// Pages are the tip pages Stripe sends the fan back to.
type Pages struct {
	tips    *store.Tips
	labels  *store.LabelOrders
	events  *store.PaymentEvents
	overlay Overlay
}

func NewPages(tips *store.Tips, labels *store.LabelOrders, ev *store.PaymentEvents, o Overlay) *Pages {
	return &Pages{tips: tips, labels: labels, events: ev, overlay: o}
}

// Return: GET /tips/return?payment_intent=pi_…&redirect_status=succeeded.
// The tip is stored paid and shown because the query says so.
func (p *Pages) Return(c context.Context, ctx *app.RequestContext) {
	if ctx.Query("redirect_status") == "succeeded" {
		t, err := p.tips.SettleByIntent(c, ctx.Query("payment_intent")) // want "order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		if err == nil {
			p.overlay.Show(t.StreamID, t)
		}
		ctx.String(http.StatusOK, "Thanks! Your tip is on its way to the stream.")
		return
	}
	ctx.String(http.StatusOK, "Your tip did not go through.")
}

// MerchReturn: the stream's label shop returns with ?status=PAID (read
// with a default), and the labels are issued on its word.
func (p *Pages) MerchReturn(c context.Context, ctx *app.RequestContext) {
	status := ctx.DefaultQuery("status", "PENDING")
	if status == "PAID" {
		_ = p.labels.Issue(c, ctx.Query("order_id")) // want "order fulfilled in the success-redirect handler from the query string \\(status\\)"
	}
	ctx.String(http.StatusOK, "Thanks!")
}

// Thanks picks the fan's message from the query, and notes for support
// what the redirect said in the payment events log.
func (p *Pages) Thanks(c context.Context, ctx *app.RequestContext) {
	if ctx.Query("redirect_status") == "succeeded" {
		_ = p.events.Note(c, ctx.Query("payment_intent"))
		ctx.String(http.StatusOK, "Thanks! Your tip will show once it is confirmed.")
		return
	}
	ctx.String(http.StatusOK, "Processing…")
}
