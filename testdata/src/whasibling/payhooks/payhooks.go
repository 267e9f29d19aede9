// Package payhooks receives a payment network's settlement and refund
// notices on gin and echo. It verifies nothing itself: the routes that
// mount it decide.
package payhooks

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

type settlementEvent struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// Hooks are the handlers.
type Hooks struct{ db *sql.DB }

// New returns the handlers.
func New(db *sql.DB) *Hooks { return &Hooks{db: db} }

// Settled marks the order paid.
func (h *Hooks) Settled(c *gin.Context) {
	var ev settlementEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Status != "SETTLED" {
		c.Status(http.StatusOK)
		return
	}
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.OrderID); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Mandate records a mandate change: nothing paid.
func (h *Hooks) Mandate(c *gin.Context) {
	c.Status(http.StatusOK)
}

// EchoSettled is Settled for echo.
func (h *Hooks) EchoSettled(c echo.Context) error {
	var ev settlementEvent
	if err := c.Bind(&ev); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if ev.Status != "SETTLED" {
		return c.NoContent(http.StatusOK)
	}
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1`, ev.OrderID); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.NoContent(http.StatusOK)
}

// EchoMandate is Mandate for echo.
func (h *Hooks) EchoMandate(c echo.Context) error { return c.NoContent(http.StatusOK) }
