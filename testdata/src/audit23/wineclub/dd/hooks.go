package dd

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"

	"audit23/wineclub/platform"
)

// Enqueuer puts background work on the job queue.
type Enqueuer interface {
	Enqueue(ctx context.Context, kind string, payload any) error
}

// Hooks receives GoCardless webhooks.
type Hooks struct {
	secret string
	db     *sql.DB
	jobs   Enqueuer
}

func NewHooks(secret string, db *sql.DB, jobs Enqueuer) *Hooks {
	return &Hooks{secret: secret, db: db, jobs: jobs}
}

type hookBody struct {
	Events []struct {
		ID           string `json:"id"`
		ResourceType string `json:"resource_type"`
		Action       string `json:"action"`
		Links        struct {
			Payment string `json:"payment"`
			Mandate string `json:"mandate"`
		} `json:"links"`
	} `json:"events"`
}

var errBadSignature = errors.New("bad webhook signature")

func (h *Hooks) verify(body []byte, sig string) error {
	if h.secret == "" {
		// sandbox setups often run without a webhook secret
		return nil
	}
	mac := hmac.New(sha256.New, []byte(h.secret))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig)) {
		return errBadSignature
	}
	return nil
}

// Handle is mounted at POST /hooks/gocardless.
func (h *Hooks) Handle(c *gin.Context) {
	log := platform.Logger("gocardless-hooks")
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.verify(body, c.GetHeader("Webhook-Signature")); err != nil {
		c.AbortWithStatus(498)
		return
	}
	var hb hookBody
	if err := json.Unmarshal(body, &hb); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	for _, ev := range hb.Events {
		if ev.ResourceType != "payments" {
			continue
		}
		switch ev.Action {
		case "confirmed":
			var invID, memberID string
			var cents int64
			err := h.db.QueryRowContext(ctx, `
				UPDATE box_invoices SET status = 'paid'
				 WHERE provider_ref = $1
				RETURNING id, member_id, amount_cents`, ev.Links.Payment).Scan(&invID, &memberID, &cents) // audit: reported at dd/hooks.go:96, the paid-state write (webhookverify): the HMAC check in verify() is skipped when GOCARDLESS_WEBHOOK_SECRET is unset (config.Load does not require it), so a forged "confirmed" marks the invoice paid
			if err != nil {
				log.Error("mark paid", "payment", ev.Links.Payment, "err", err)
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
			if _, err := h.db.ExecContext(ctx, ` // want "\\[webhookverify\\] payment webhook Hooks\\.Handle skips signature verification when the secret" "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by sql\\.DB\\.ExecContext\\)"
				INSERT INTO ledger_entries (member_id, invoice_id, kind, amount_cents)
				VALUES ($1, $2, 'box_payment', $3)`, memberID, invID, cents); err != nil { // audit: reported at dd/hooks.go:96, the insert (webhookdedupe): GoCardless redelivers events; each delivery of the same "confirmed" event books another ledger row (no event-id check, no unique key)
				log.Error("ledger", "invoice", invID, "err", err)
			}
		case "failed":
			if _, err := h.db.ExecContext(ctx, `UPDATE box_invoices SET status = 'failed' WHERE provider_ref = $1`, ev.Links.Payment); err != nil {
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
			if err := h.jobs.Enqueue(ctx, "dunning.uk", map[string]string{"payment": ev.Links.Payment, "event": ev.ID}); err != nil { // audit: lookalike webhookack: the dunning work is queued, the handler only writes a row before it answers
				c.AbortWithStatus(http.StatusInternalServerError)
				return
			}
		}
	}
	c.Status(http.StatusNoContent)
}
