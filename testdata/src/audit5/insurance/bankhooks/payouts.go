package bankhooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type Notifier interface {
	SendEmail(ctx context.Context, to, subject, body string) error
}

type Hooks struct {
	db     *sql.DB
	secret []byte
	notify Notifier
}

func New(db *sql.DB, secret []byte, n Notifier) *Hooks {
	return &Hooks{db: db, secret: secret, notify: n}
}

func (h *Hooks) Register(r *gin.Engine) {
	g := r.Group("/hooks/northbank")
	g.POST("/payout-settled", h.payoutSettled)
	g.POST("/payout-returned", h.payoutReturned)
}

type payoutEvent struct {
	EventID   string `json:"event_id"`
	PayoutID  string `json:"payout_id"`
	Reference string `json:"reference"` // our claim id
	Amount    int64  `json:"amount"`
	Status    string `json:"status"`
}

func (h *Hooks) payoutSettled(c *gin.Context) {
	body, err := readSigned(c, h.secret)
	if err != nil {
		reject(c, err)
		return
	}
	var ev payoutEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	if _, err := h.db.ExecContext(ctx, // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(paid state stored by sql.DB.ExecContext\\) on every delivery of the event"
		`INSERT INTO claim_payments (claim_id, payout_id, amount) VALUES ($1, $2, $3)`,
		ev.Reference, ev.PayoutID, ev.Amount); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if _, err := h.db.ExecContext(ctx,
		`UPDATE claims SET status = 'paid' WHERE id = $1`, ev.Reference); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	var email string
	_ = h.db.QueryRowContext(ctx, `SELECT claimant_email FROM claims WHERE id = $1`, ev.Reference).Scan(&email)
	go h.notify.SendEmail(context.Background(), email, "Your claim has been paid", "The money is on its way.") // want "\\[webhookdedupe\\] webhook handler sends a message \\(bankhooks.Notifier.SendEmail\\) on every delivery"
	c.Status(http.StatusOK)
}

func (h *Hooks) payoutReturned(c *gin.Context) {
	body, err := readSigned(c, h.secret)
	if err != nil {
		reject(c, err)
		return
	}
	var ev payoutEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ctx := c.Request.Context()
	res, err := h.db.ExecContext(ctx,
		`INSERT INTO bank_events (event_id, kind) VALUES ($1, 'payout_returned') ON CONFLICT DO NOTHING`, ev.EventID)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.db.ExecContext(ctx,
		`UPDATE claims SET status = 'payout_returned', balance_due = balance_due + $1 WHERE id = $2`,
		ev.Amount, ev.Reference); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
