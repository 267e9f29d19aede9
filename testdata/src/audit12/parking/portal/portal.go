// Package portal is the drivers' web portal: session and permit pages,
// permit eligibility and the zone map.
package portal

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/mollie/mollie-api-golang/models/components"

	"audit12/parking/domain"
	"audit12/parking/molliepay"
	"audit12/parking/store"
)

// Permits is the permit persistence the portal needs.
type Permits interface {
	Get(ctx context.Context, id string) (*store.Permit, error)
	MarkPaid(ctx context.Context, id, paymentID string) error
}

// Handlers serves the portal.
type Handlers struct {
	sessions domain.SessionStore
	permits  Permits
	mollie   *molliepay.Client
	registry *Registry
	tiles    *Tiles
}

// New returns the portal handlers.
func New(sessions domain.SessionStore, permits Permits, mollie *molliepay.Client, registry *Registry, tiles *Tiles) *Handlers {
	return &Handlers{sessions: sessions, permits: permits, mollie: mollie, registry: registry, tiles: tiles}
}

// Routes registers the portal on r.
func (h *Handlers) Routes(r gin.IRouter) {
	r.GET("/parking/sessions/:id/return", h.sessionReturn)
	r.POST("/permits/eligibility", h.eligibility)
	r.GET("/permits/:id/return", h.permitReturn)
	r.GET("/map/tiles/:z/:x/:y", h.tile)
}

// sessionReturn is the page Mollie sends the driver back to.
func (h *Handlers) sessionReturn(c *gin.Context) {
	ctx := c.Request.Context()
	s, err := h.sessions.Get(ctx, c.Param("id"))
	if err != nil {
		c.HTML(http.StatusNotFound, "not_found.tmpl", nil)
		return
	}
	if s.Status == domain.SessionCharging {
		if err := h.sessions.MarkPaid(ctx, s.ID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading the payment's status from the provider"
			c.HTML(http.StatusInternalServerError, "error.tmpl", nil)
			return
		}
		s.Status = domain.SessionPaid
	}
	c.HTML(http.StatusOK, "session_done.tmpl", s)
}

// permitReturn is the page Mollie sends a resident back to after paying a
// permit.
func (h *Handlers) permitReturn(c *gin.Context) {
	ctx := c.Request.Context()
	pm, err := h.permits.Get(ctx, c.Param("id"))
	if err != nil || pm.PaymentID == "" {
		c.HTML(http.StatusNotFound, "not_found.tmpl", nil)
		return
	}
	p, err := h.mollie.Payment(ctx, pm.PaymentID)
	if err != nil {
		c.HTML(http.StatusOK, "permit_pending.tmpl", pm)
		return
	}
	if p.Status != components.PaymentResponseStatusPaid {
		c.HTML(http.StatusOK, "permit_pending.tmpl", pm)
		return
	}
	if err := h.permits.MarkPaid(ctx, pm.ID, p.ID); err != nil {
		c.HTML(http.StatusInternalServerError, "error.tmpl", nil)
		return
	}
	c.HTML(http.StatusOK, "permit_active.tmpl", pm)
}
