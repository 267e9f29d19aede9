package live

import (
	"context"
	"net/http"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/google/uuid"
	stripe "github.com/stripe/stripe-go/v82"

	"audit20/creators/config"
	"audit20/creators/store"
)

// Handlers are the tipping endpoints.
type Handlers struct {
	svc *Service
}

// NewHandlers builds the handlers.
func NewHandlers(svc *Service) *Handlers { return &Handlers{svc: svc} }

type tipRequest struct {
	StreamID      string `json:"stream_id"`
	CreatorID     string `json:"creator_id"`
	FanID         string `json:"fan_id"`
	Customer      string `json:"customer"`
	PaymentMethod string `json:"payment_method"`
	AmountCents   int64  `json:"amount_cents"`
	Currency      string `json:"currency"`
	Message       string `json:"message"`
}

// Create charges a new tip. POST /tips
func (h *Handlers) Create(c context.Context, ctx *app.RequestContext) {
	var in tipRequest
	if err := ctx.Bind(&in); err != nil || in.AmountCents < 100 {
		ctx.JSON(http.StatusBadRequest, map[string]string{"error": "invalid tip"})
		return
	}
	t := &store.Tip{
		ID: uuid.NewString(), StreamID: in.StreamID, CreatorID: in.CreatorID, FanID: in.FanID,
		Customer: in.Customer, PaymentMethod: in.PaymentMethod, AmountCents: in.AmountCents,
		Currency: in.Currency, Message: in.Message, Status: "pending", CreatedAt: time.Now(),
	}
	if err := h.svc.tips.Insert(c, t); err != nil {
		ctx.JSON(http.StatusInternalServerError, map[string]string{"error": "try again"})
		return
	}
	pi, err := h.svc.Charge(c, t)
	if err != nil {
		ctx.JSON(http.StatusPaymentRequired, map[string]string{"error": err.Error()})
		return
	}
	if err := h.svc.tips.SetIntent(c, t.ID, pi.ID); err != nil {
		h.svc.log.Error("store intent", "tip", t.ID, "err", err)
	}
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
		defer cancel()
		if err := h.svc.Settle(ctx, t, pi.ID); err != nil {
			h.svc.log.Warn("settle tip", "tip", t.ID, "err", err)
		}
	}()
	ctx.JSON(http.StatusAccepted, map[string]string{"tip_id": t.ID, "status": string(pi.Status), "client_secret": pi.ClientSecret})
}

// Status lets the fan's tip button wait for the tip to go through.
// GET /tips/:id/status
func (h *Handlers) Status(c context.Context, ctx *app.RequestContext) {
	t, err := h.svc.tips.Get(c, ctx.Param("id"))
	if err != nil || t.PaymentIntentID == "" {
		ctx.JSON(http.StatusNotFound, map[string]string{"error": "unknown tip"})
		return
	}
	status := stripe.PaymentIntentStatusProcessing
	for i := 0; i < 40; i++ {
		pi, err := h.svc.sc.V1PaymentIntents.Retrieve(c, t.PaymentIntentID, nil)
		if err != nil {
			break
		}
		status = pi.Status
		if status == stripe.PaymentIntentStatusSucceeded || status == stripe.PaymentIntentStatusCanceled ||
			status == stripe.PaymentIntentStatusRequiresPaymentMethod || status == stripe.PaymentIntentStatusRequiresAction {
			break
		}
		time.Sleep(config.TipPollEvery) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	}
	ctx.JSON(http.StatusOK, map[string]string{"status": string(status)})
}

// Return is where Stripe sends the fan back after 3-D Secure.
// GET /tips/return?payment_intent=pi_...&redirect_status=succeeded
func (h *Handlers) Return(c context.Context, ctx *app.RequestContext) {
	piID := ctx.Query("payment_intent")
	if ctx.Query("redirect_status") == "succeeded" {
		t, err := h.svc.tips.MarkPaidByIntent(c, piID) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\)"
		if err == nil {
			h.svc.overlay.Show(t.StreamID, t)
		}
		ctx.String(http.StatusOK, "Thanks! Your tip is on its way to the stream.")
		return
	}
	ctx.String(http.StatusOK, "Your tip did not go through. No money was taken.")
}

type retryRequest struct {
	PaymentMethod string `json:"payment_method"`
}

// Retry tips again with another card after the first one failed.
// POST /tips/:id/retry
func (h *Handlers) Retry(c context.Context, ctx *app.RequestContext) {
	var in retryRequest
	if err := ctx.Bind(&in); err != nil || in.PaymentMethod == "" {
		ctx.JSON(http.StatusBadRequest, map[string]string{"error": "payment method required"})
		return
	}
	old, err := h.svc.tips.Get(c, ctx.Param("id"))
	if err != nil {
		ctx.JSON(http.StatusNotFound, map[string]string{"error": "unknown tip"})
		return
	}
	pi, err := h.svc.sc.V1PaymentIntents.Retrieve(c, old.PaymentIntentID, nil)
	if err != nil {
		ctx.JSON(http.StatusBadGateway, map[string]string{"error": "try again"})
		return
	}
	if pi.Status != stripe.PaymentIntentStatusCanceled && pi.Status != stripe.PaymentIntentStatusRequiresPaymentMethod {
		ctx.JSON(http.StatusConflict, map[string]string{"error": "your first tip is still being processed"})
		return
	}
	t := *old
	t.ID, t.PaymentMethod, t.PaymentIntentID, t.Status, t.CreatedAt = uuid.NewString(), in.PaymentMethod, "", "pending", time.Now()
	if err := h.svc.tips.Insert(c, &t); err != nil {
		ctx.JSON(http.StatusInternalServerError, map[string]string{"error": "try again"})
		return
	}
	fresh, err := h.svc.Charge(c, &t) // audit: lookalike pollcreate: a new PaymentIntent only after the old one was read back failed (requires_payment_method) or canceled; one read, no poll loop
	if err != nil {
		ctx.JSON(http.StatusPaymentRequired, map[string]string{"error": err.Error()})
		return
	}
	_ = h.svc.tips.SetIntent(c, t.ID, fresh.ID)
	ctx.JSON(http.StatusAccepted, map[string]string{"tip_id": t.ID, "status": string(fresh.Status)})
}
