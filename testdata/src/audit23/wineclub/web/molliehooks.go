package web

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/mollie/mollie-api-golang/models/components"
	"github.com/mollie/mollie-api-golang/utils/webhooks"

	"audit23/wineclub/molliepay"
	"audit23/wineclub/platform"
	"audit23/wineclub/store"
)

// MollieHooks receives Mollie's payment webhooks on the hooks server.
type MollieHooks struct {
	mollie  *molliepay.Client
	db      *sql.DB
	members *store.Members
	secrets []string
}

func NewMollieHooks(mc *molliepay.Client, db *sql.DB, members *store.Members, secrets ...string) *MollieHooks {
	return &MollieHooks{mollie: mc, db: db, members: members, secrets: secrets}
}

// Payment is the classic webhook: Mollie posts only the payment id and we
// read the payment back.
func (h *MollieHooks) Payment(c context.Context, ctx *app.RequestContext) {
	id := ctx.PostForm("id")
	if id == "" {
		ctx.SetStatusCode(http.StatusBadRequest)
		return
	}
	p, err := h.mollie.Payment(c, id) // audit: lookalike webhookack: the one status read that verifies the classic webhook
	if err != nil {
		ctx.SetStatusCode(http.StatusInternalServerError)
		return
	}
	switch p.Status {
	case components.PaymentResponseStatusPaid:
		tx, err := h.db.BeginTx(c, nil)
		if err != nil {
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
		defer tx.Rollback()
		res, err := tx.ExecContext(c, `
			INSERT INTO membership_periods (payment_id, member_id, months)
			SELECT $1, member_id, 3 FROM box_invoices WHERE provider_ref = $1
			ON CONFLICT (payment_id) DO NOTHING`, p.ID)
		if err != nil {
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
		if n, _ := res.RowsAffected(); n == 1 {
			if _, err := tx.ExecContext(c, `
				UPDATE members m SET paid_through = GREATEST(m.paid_through, now()) + interval '3 months'
				  FROM box_invoices i
				 WHERE i.provider_ref = $1 AND m.id = i.member_id`, p.ID); err != nil { // audit: lookalike webhookdedupe: the period is extended only when the ON CONFLICT insert keyed by the payment id added a row
				ctx.SetStatusCode(http.StatusInternalServerError)
				return
			}
		}
		if _, err := tx.ExecContext(c, `UPDATE box_invoices SET status = 'paid' WHERE provider_ref = $1`, p.ID); err != nil { // audit: lookalike webhookverify: the status comes from the payment read back from Mollie by id, not from the request
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
		if err := tx.Commit(); err != nil {
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
	case components.PaymentResponseStatusFailed, components.PaymentResponseStatusExpired, components.PaymentResponseStatusCanceled:
		if _, err := h.db.ExecContext(c, `UPDATE box_invoices SET status = 'failed' WHERE provider_ref = $1`, p.ID); err != nil {
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
	}
	ctx.SetStatusCode(http.StatusOK)
}

type giftEvent struct {
	Resource string `json:"resource"`
	ID       string `json:"id"`
	Type     string `json:"type"`
	Embedded struct {
		Entity struct {
			ID       string            `json:"id"`
			Status   string            `json:"status"`
			Metadata map[string]string `json:"metadata"`
		} `json:"entity"`
	} `json:"_embedded"`
}

// Gift is the next-gen signed webhook for gift purchases; the payment is
// embedded in the event so no read back is needed.
func (h *MollieHooks) Gift(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	sig := string(ctx.GetHeader(webhooks.SignatureHeader))
	if _, err := webhooks.Validate(string(body), h.secrets, sig); err != nil {
		platform.Logger("mollie-hooks").Warn("bad signature", "err", err)
		ctx.SetStatusCode(http.StatusUnauthorized)
		return
	}
	var ev giftEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		ctx.SetStatusCode(http.StatusBadRequest)
		return
	}
	pay := ev.Embedded.Entity
	if pay.Status == "paid" {
		if err := h.members.SetGiftStatus(c, pay.Metadata["gift_id"], "paid"); err != nil { // want "\\[webhookverify\\] payment webhook MollieHooks\\.Gift checks only the error of mollie webhooks\\.Validate,"
			ctx.SetStatusCode(http.StatusInternalServerError)
			return
		}
	}
	ctx.SetStatusCode(http.StatusOK)
}
