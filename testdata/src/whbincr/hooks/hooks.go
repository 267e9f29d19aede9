// Package hooks receives a climbing gym's Stripe events in gin and adds
// what was bought through a concrete store of another package.
package hooks

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"whbincr/passes"
)

// Hooks holds the store as a concrete type.
type Hooks struct {
	secret string
	store  *passes.Store
}

// Register mounts the handlers.
func (h *Hooks) Register(r *gin.Engine) {
	r.POST("/stripe/events/classes", h.ClassPack)
	r.POST("/stripe/events/rides", h.RidePass)
	r.POST("/stripe/events/renewal", h.PlanRenewed)
	r.POST("/stripe/events/claimed", h.ClaimedPack)
	r.POST("/stripe/events/stateful", h.StatefulPack)
	r.POST("/stripe/events/declined", h.Declined)
	r.POST("/stripe/events/used", h.Used)
	r.POST("/stripe/events/dated", h.Dated)
	r.POST("/stripe/events/tally", h.Tally)
}

type packMeta struct {
	Metadata map[string]string `json:"metadata"`
}

func (h *Hooks) event(c *gin.Context) (stripe.Event, string, bool) {
	payload, err := c.GetRawData()
	if err != nil {
		return stripe.Event{}, "", false
	}
	evt, err := webhook.ConstructEvent(payload, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		return stripe.Event{}, "", false
	}
	var m packMeta
	if err := json.Unmarshal(evt.Data.Raw, &m); err != nil {
		return stripe.Event{}, "", false
	}
	return evt, m.Metadata["pass_id"], true
}

// --- reported: the statement adds what was bought on every delivery ---

// ClassPack adds a pack's classes (GORM Updates of classes_left + ?).
func (h *Hooks) ClassPack(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := h.store.AddClasses(c.Request.Context(), id, 10); err != nil { // want "webhook handler credits the balance \\(passes.Store.AddClasses: .*classes_left"
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// RidePass adds rides (sqlx UPDATE … rides_remaining = rides_remaining + $1).
func (h *Hooks) RidePass(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.store.AddRides(c.Request.Context(), id, 20) // want "webhook handler credits the balance \\(passes.Store.AddRides: .*rides_remaining"
	c.Status(http.StatusOK)
}

// PlanRenewed pushes the paid-up date a month per invoice.paid delivery.
func (h *Hooks) PlanRenewed(c *gin.Context) {
	evt, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	if evt.Type != "invoice.paid" {
		c.Status(http.StatusOK)
		return
	}
	_ = h.store.Renew(c.Request.Context(), id) // want "webhook handler credits the balance \\(passes.Store.Renew: .*paid_until"
	c.Status(http.StatusOK)
}

// --- silent: guarded, or no purchase repeated ---

// ClaimedPack records the event id first (INSERT … ON CONFLICT DO NOTHING).
func (h *Hooks) ClaimedPack(c *gin.Context) {
	evt, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	fresh, err := h.store.Claim(c.Request.Context(), evt.ID)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if !fresh {
		c.Status(http.StatusOK)
		return
	}
	_ = h.store.AddClasses(c.Request.Context(), id, 10)
	c.Status(http.StatusOK)
}

// StatefulPack checks the stored state: a paid pass was credited before.
func (h *Hooks) StatefulPack(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	st, err := h.store.Status(c.Request.Context(), id)
	if err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	if st == "paid" {
		c.Status(http.StatusOK)
		return
	}
	_ = h.store.AddRides(c.Request.Context(), id, 20)
	_ = h.store.MarkPaid(c.Request.Context(), id)
	c.Status(http.StatusOK)
}

// Declined counts a failed attempt.
func (h *Hooks) Declined(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.store.CountAttempt(c.Request.Context(), id)
	c.Status(http.StatusOK)
}

// Used takes a class away.
func (h *Hooks) Used(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.store.UseClass(c.Request.Context(), id)
	c.Status(http.StatusOK)
}

// Dated sets the paid-up date from the event: the same on every delivery.
func (h *Hooks) Dated(c *gin.Context) {
	evt, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.store.SetPaidUntil(c.Request.Context(), id, timeOf(evt.Created))
	c.Status(http.StatusOK)
}

// Tally counts a session.
func (h *Hooks) Tally(c *gin.Context) {
	_, id, ok := h.event(c)
	if !ok {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.store.TallySession(c.Request.Context(), id)
	c.Status(http.StatusOK)
}

func timeOf(unix int64) time.Time { return time.Unix(unix, 0) }
