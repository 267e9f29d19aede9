package live

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/billing"
	"audit20/creators/store"
)

// Hooks receives the Stripe events of the tips account.
type Hooks struct {
	svc      *Service
	receipts *store.Receipts
	earnings *store.Earnings
	secret   string
}

// NewHooks builds the webhook endpoint.
func NewHooks(svc *Service, receipts *store.Receipts, earnings *store.Earnings, secret string) *Hooks {
	return &Hooks{svc: svc, receipts: receipts, earnings: earnings, secret: secret}
}

// Stripe handles POST /live/hooks/stripe.
func (h *Hooks) Stripe(c context.Context, ctx *app.RequestContext) {
	ev, err := billing.StripeEvent(ctx.GetRawData(), string(ctx.GetHeader("Stripe-Signature")), h.secret)
	if err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.Type != stripe.EventTypePaymentIntentSucceeded {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	fresh, err := h.receipts.Claim(c, "stripe-live", ev.ID)
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if !fresh {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	t, err := h.svc.tips.MarkPaidByIntent(c, pi.ID) // audit: lookalike webhookverify: billing.StripeEvent (another package) wraps webhook.ConstructEventWithOptions and the handler returns 400 before this when it fails
	if err != nil {
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if err := h.earnings.Add(c, t.CreatorID, pi.AmountReceived, string(pi.Currency), "tip:"+t.ID); err != nil { // audit: lookalike webhookdedupe: the earnings row is booked only for a delivery the Mongo receipt insert (unique on provider+event id) claimed first
		ctx.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	h.svc.overlay.Show(t.StreamID, t)
	ctx.SetStatusCode(http.StatusOK)
}
