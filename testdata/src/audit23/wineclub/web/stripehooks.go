package web

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"audit23/wineclub/billing"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
)

const stripeEventKey = "stripe.event"

// VerifyStripe checks the Stripe-Signature header and stores the event
// for the handler.
func VerifyStripe(secret string) gin.HandlerFunc {
	return func(c *gin.Context) {
		body, err := c.GetRawData()
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), secret)
		if err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		c.Set(stripeEventKey, ev)
		c.Next()
	}
}

// StripeHooks handles Stripe events for shop orders and cellar fees.
type StripeHooks struct {
	orders *store.Orders
	cellar *billing.Cellar
	seen   *store.Deliveries
	books  *platform.Books
}

func NewStripeHooks(orders *store.Orders, cellar *billing.Cellar, seen *store.Deliveries, books *platform.Books) *StripeHooks {
	return &StripeHooks{orders: orders, cellar: cellar, seen: seen, books: books}
}

func (h *StripeHooks) Handle(c *gin.Context) {
	ev := c.MustGet(stripeEventKey).(stripe.Event)
	ctx := c.Request.Context()
	log := platform.Logger("stripe-hooks")
	switch ev.Type {
	case stripe.EventTypeCheckoutSessionCompleted:
		var s stripe.CheckoutSession
		if err := json.Unmarshal(ev.Data.Raw, &s); err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
		if s.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
			c.Status(http.StatusOK)
			return
		}
		o, err := h.orders.ByCheckoutSession(ctx, s.ID)
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if err := h.orders.Ship(ctx, o.ID); err != nil { // want "\\[webhookdedupe\\] webhook handler fulfils the order \\(store\\.Orders\\.Ship\\) on every delivery"
			log.Error("ship", "order", o.ID, "err", err)
			c.Status(http.StatusInternalServerError)
			return
		}
		if err := h.books.PushSale(ctx, platform.Sale{Reference: o.ID, Customer: o.Email, Cents: o.Total.Cents, Currency: o.Total.Currency, VATRegion: "UK"}); err != nil { // want "\\[webhookack\\] webhook handler calls platform\\.Books\\.PushSale, which calls platform\\.Send,"
			log.Warn("books", "order", o.ID, "err", err)
		}
	case stripe.EventTypePaymentIntentSucceeded:
		var pi stripe.PaymentIntent
		if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
			c.Status(http.StatusBadRequest)
			return
		}
		feeID := pi.Metadata["cellar_fee"]
		if feeID == "" {
			break
		}
		first, err := h.seen.First(ctx, "stripe", ev.ID)
		if err != nil {
			c.Status(http.StatusInternalServerError)
			return
		}
		if !first {
			break
		}
		if err := h.cellar.Settle(ctx, feeID); err != nil { // audit: lookalike webhookdedupe: guarded by the redis SETNX on the event id just above
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}
