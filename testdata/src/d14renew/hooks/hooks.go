// Package hooks renews a rowing club's memberships on Stripe invoice
// events received in gin.
package hooks

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"

	"d14renew/clubs"
)

// Plan is a member's plan as the planner keeps it.
type Plan struct {
	Member  string
	EndDate time.Time
}

type planRepo interface {
	FindPlan(member string) (*Plan, error)
	UpdatePlan(p *Plan) error
}

type planner struct{ repo planRepo }

// AddDays pushes the plan's end forward by days, computed in Unix seconds.
func (p *planner) AddDays(member string, days uint) error {
	found, err := p.repo.FindPlan(member)
	if err != nil {
		return err
	}
	plan := *found
	end := plan.EndDate.Unix()
	end = end + int64(days)*24*60*60
	plan.EndDate = time.Unix(end, 0).UTC()
	return p.repo.UpdatePlan(&plan)
}

// Hooks holds the stores.
type Hooks struct {
	secret  string
	db      *sql.DB
	clubs   *clubs.Clubs
	planner *planner
}

// Register mounts the handlers.
func (h *Hooks) Register(r *gin.Engine) {
	r.POST("/stripe/webhook/renewed", h.Renewed)
	r.POST("/stripe/webhook/renewed-days", h.RenewedDays)
	r.POST("/stripe/webhook/renewed-plan", h.RenewedPlan)
	r.POST("/stripe/webhook/renewed-after-write", h.RenewedAfterWrite)
	r.POST("/stripe/webhook/renewed-once", h.RenewedOnce)
	r.POST("/stripe/webhook/period", h.Period)
	r.POST("/stripe/webhook/login", h.Login)
}

type invoice struct {
	ID        string `json:"id"`
	Member    string `json:"member"`
	PeriodEnd int64  `json:"period_end"`
}

func (h *Hooks) invoice(c *gin.Context) (invoice, bool) {
	payload, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return invoice{}, false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return invoice{}, false
	}
	var inv invoice
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil {
		c.Status(http.StatusBadRequest)
		return invoice{}, false
	}
	return inv, true
}

// --- reported: a period added again on every delivery ---

// Renewed adds a month to the membership (AddDate, then saved).
func (h *Hooks) Renewed(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	_ = h.clubs.Prolong(c.Request.Context(), inv.Member) // want "webhook handler extends the subscription \\(clubs.Clubs.Prolong: m.ExpiresAt \\+ period\\)"
	c.Status(http.StatusOK)
}

// RenewedDays adds days and weeks in the statement (expires_at, a paid
// date the payment model knows, was already reported as a credit).
func (h *Hooks) RenewedDays(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	_ = h.clubs.ProlongDays(c.Request.Context(), inv.Member, 30) // want "webhook handler credits the balance \\(clubs.Clubs.ProlongDays: paid state stored by sql.DB.ExecContext\\)"
	_ = h.clubs.ProlongTerm(c.Request.Context(), inv.Member, 4)  // want "webhook handler extends the subscription \\(clubs.Clubs.ProlongTerm: gorm.DB.UpdateColumn: term_end \\+ period\\)"
	c.Status(http.StatusOK)
}

// RenewedPlan adds days in Unix seconds through the planner.
func (h *Hooks) RenewedPlan(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	_ = h.planner.AddDays(inv.Member, 30) // want "webhook handler extends the subscription \\(hooks.planner.AddDays: plan.EndDate \\+ period\\)"
	c.Status(http.StatusOK)
}

// RenewedAfterWrite stores the invoice paid, reads it back and extends
// when it says paid: it reads what it has just written, so every
// delivery extends.
func (h *Hooks) RenewedAfterWrite(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	if _, err := h.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1`, inv.ID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	var status string
	if err := h.db.QueryRowContext(ctx, `SELECT status FROM invoices WHERE id = $1`, inv.ID).Scan(&status); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if status == "paid" {
		_ = h.clubs.Prolong(ctx, inv.Member) // want "webhook handler extends the subscription \\(clubs.Clubs.Prolong: m.ExpiresAt \\+ period\\)"
	}
	c.Status(http.StatusOK)
}

// --- silent: guarded, or the same on every delivery ---

// RenewedOnce reads the invoice's stored state before writing it: a
// paid invoice was renewed by the first delivery.
func (h *Hooks) RenewedOnce(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	var old string
	if err := h.db.QueryRowContext(ctx, `SELECT status FROM invoices WHERE id = $1`, inv.ID).Scan(&old); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if old != "paid" {
		_, _ = h.db.ExecContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1`, inv.ID)
		_ = h.clubs.Prolong(ctx, inv.Member)
	}
	c.Status(http.StatusOK)
}

// Period sets the end to the invoice's period end, or a month from now.
func (h *Hooks) Period(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	_ = h.clubs.SetEnd(c.Request.Context(), inv.Member, inv.PeriodEnd)
	_ = h.clubs.StartMonth(c.Request.Context(), inv.Member)
	c.Status(http.StatusOK)
}

// Login slides sessions and previews the next end: no plan extended.
func (h *Hooks) Login(c *gin.Context) {
	inv, ok := h.invoice(c)
	if !ok {
		return
	}
	_ = h.clubs.Touch(c.Request.Context(), inv.ID)
	_ = h.clubs.Slide(c.Request.Context(), inv.ID)
	_, _ = h.clubs.Preview(c.Request.Context(), inv.Member)
	c.Status(http.StatusOK)
}
