package webhooks

import (
	"context"
	"log"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/valyala/fasthttp"
	"net/http"

	"audit17/laundry/domain"
)

// MolliePayments reads a payment back from Mollie.
type MolliePayments interface {
	Payment(ctx context.Context, id string) (*mollie.Payment, error)
}

// OrderByPayment finds the order a payment belongs to.
type OrderByPayment interface {
	ByPaymentRef(ctx context.Context, ref string) (*domain.Order, error)
}

// Mollie handles Mollie's webhook, which only carries the payment id: the
// payment is read back from Mollie, so the call cannot be forged.
type Mollie struct {
	payments MolliePayments
	orders   domain.Orders
	lookup   OrderByPayment
	loyalty  domain.Loyalty
}

// NewMollie returns the handler.
func NewMollie(p MolliePayments, o domain.Orders, l OrderByPayment, loy domain.Loyalty) *Mollie {
	return &Mollie{payments: p, orders: o, lookup: l, loyalty: loy}
}

// Handle is the fasthttp handler for POST /hooks/mollie.
func (m *Mollie) Handle(ctx *fasthttp.RequestCtx) {
	id := string(ctx.PostArgs().Peek("id"))
	if id == "" {
		ctx.Error("missing id", http.StatusBadRequest)
		return
	}
	c := context.Background()
	p, err := m.payments.Payment(c, id)
	if err != nil {
		ctx.Error("mollie unavailable", http.StatusServiceUnavailable)
		return
	}
	if p.Status != "paid" {
		ctx.SetStatusCode(http.StatusOK)
		return
	}
	o, err := m.lookup.ByPaymentRef(c, p.ID)
	if err != nil {
		ctx.Error("unknown payment", http.StatusInternalServerError)
		return
	}
	if err := m.orders.MarkPaid(c, o.ID, p.ID); err != nil {
		ctx.Error("store", http.StatusInternalServerError)
		return
	}
	if err := m.loyalty.Grant(c, o.CustomerID, o.AmountCts/100); err != nil { // audit: reported at cmd/laundryd/main.go:119 (webhookdedupe, where main binds domain.Loyalty to store.LoyaltyStore and serves Handle on every path): loyalty credits (domain.Loyalty wired in main to store.LoyaltyStore.Grant: loyalty_credits = loyalty_credits + $1) granted on every delivery; MarkPaid's rows affected are not checked
		log.Printf("loyalty for %s: %v", o.ID, err)
	}
	ctx.SetStatusCode(http.StatusOK)
}
