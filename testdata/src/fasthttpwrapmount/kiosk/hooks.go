// Package kiosk receives the card kiosk vendor's checkout callbacks.
package kiosk

import (
	"database/sql"
	"encoding/json"

	"github.com/valyala/fasthttp"
)

// CheckoutEvent is the vendor's checkout notification.
type CheckoutEvent struct {
	CheckoutID string `json:"checkout_id"`
	Status     string `json:"status"`
}

// Hooks marks kiosk top-ups paid.
type Hooks struct {
	DB *sql.DB
}

// CheckoutStatus marks the top-up of a paid checkout paid.
func (h *Hooks) CheckoutStatus(ctx *fasthttp.RequestCtx) {
	var ev CheckoutEvent
	if err := json.Unmarshal(ctx.PostBody(), &ev); err != nil {
		ctx.Error("bad body", fasthttp.StatusBadRequest)
		return
	}
	if ev.Status != "PAID" {
		ctx.SetStatusCode(fasthttp.StatusOK)
		return
	}
	if _, err := h.DB.Exec(`UPDATE topups SET status = 'paid' WHERE checkout_id = $1`, ev.CheckoutID); err != nil {
		ctx.Error("retry", fasthttp.StatusBadGateway)
		return
	}
	ctx.SetStatusCode(fasthttp.StatusOK)
}

// Receipts lists the kiosk's receipts for the staff screen.
func (h *Hooks) Receipts(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(fasthttp.StatusOK)
}
