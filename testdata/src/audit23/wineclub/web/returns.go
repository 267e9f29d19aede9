package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/google/uuid"
	"github.com/kataras/iris/v12"

	"audit23/wineclub/domain"
	"audit23/wineclub/store"
)

// Returns lets the warehouse team credit members for bottles sent back
// (corked, damaged in transit, wrong vintage).
type Returns struct {
	ledger *store.Billing
}

func NewReturns(ledger *store.Billing) *Returns { return &Returns{ledger: ledger} }

func (h *Returns) Mount(app *iris.Application) {
	app.Post("/admin/returns/{id}/credit", h.Credit)
}

func (h *Returns) Credit(ctx iris.Context) {
	c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cents, err := strconv.ParseInt(ctx.PostValue("cents"), 10, 64)
	if err != nil || cents <= 0 {
		ctx.StatusCode(http.StatusBadRequest)
		return
	}
	granted, err := h.ledger.GrantCredit(c, domain.Credit{ // audit: lookalike webhookdedupe: a back-office action, not a webhook, and the grant is keyed by the return id (ON CONFLICT (return_id) DO NOTHING, rows affected checked)
		ID:       uuid.NewString(),
		MemberID: ctx.PostValue("member"),
		ReturnID: ctx.PostValue("return"),
		Cents:    cents,
		Reason:   ctx.PostValue("reason"),
	})
	if err != nil {
		ctx.StatusCode(http.StatusInternalServerError)
		return
	}
	_ = ctx.JSON(map[string]bool{"granted": granted})
}
