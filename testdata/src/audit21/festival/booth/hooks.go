package booth

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/valyala/fasthttp"

	"audit21/festival/store"
)

// Event is the reader vendor's checkout notification.
type Event struct {
	ID              string `json:"id"`
	CheckoutID      string `json:"checkout_id"`
	Status          string `json:"status"`
	TransactionCode string `json:"transaction_code"`
}

// Hooks credits booth top-ups whose booth laptop lost its connection.
type Hooks struct {
	TopUps  *store.TopUps
	Wallets *store.Wallets
	Locks   *store.Locks
	Log     *slog.Logger
}

// CheckoutStatus handles POST /hooks/reader.
func (h *Hooks) CheckoutStatus(fctx *fasthttp.RequestCtx) {
	var ev Event
	if err := json.Unmarshal(fctx.PostBody(), &ev); err != nil {
		fctx.Error("bad payload", fasthttp.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if ev.Status != StatusPaid {
		fctx.SetStatusCode(fasthttp.StatusOK)
		return
	}
	first, err := h.Locks.First(ctx, "reader:"+ev.ID, 72*time.Hour)
	if err != nil {
		fctx.Error("try later", fasthttp.StatusBadGateway)
		return
	}
	if !first {
		fctx.SetStatusCode(fasthttp.StatusOK)
		return
	}
	t, err := h.TopUps.ByProviderRef(ctx, ev.CheckoutID)
	if err != nil {
		h.Log.WarnContext(ctx, "unknown checkout", "checkout", ev.CheckoutID)
		fctx.SetStatusCode(fasthttp.StatusOK)
		return
	}
	if err := h.TopUps.MarkPaid(ctx, t.ID); err != nil {
		fctx.Error("try later", fasthttp.StatusBadGateway)
		return
	}
	if err := h.Wallets.Credit(ctx, t.WristbandID, t.AmountCents, ev.CheckoutID); err != nil { // audit: lookalike webhookdedupe: the credit sits behind a Redis SETNX on the event id (Locks.First), so a redelivery is acknowledged without crediting
		fctx.Error("try later", fasthttp.StatusBadGateway)
		return
	}
	fctx.SetStatusCode(fasthttp.StatusOK)
}
