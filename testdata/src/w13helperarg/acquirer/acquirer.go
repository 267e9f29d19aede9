// Package acquirer receives an acquirer's order events on gin; the
// handlers share their dispatch in a plain function taking the order
// port, which main binds.
package acquirer

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Completer completes an order.
type Completer interface {
	Complete(ctx context.Context, orderRef string) error
	State(ctx context.Context, orderRef string) (string, error)
}

type event struct {
	OrderRef    string `json:"order_ref"`
	Status      string `json:"status"`
	AmountMinor int64  `json:"amount_minor"`
}

// Hooks serves the acquirer's legacy callbacks.
type Hooks struct {
	Orders Completer
}

// SignedHooks serves the acquirer's signed callbacks.
type SignedHooks struct {
	Orders Completer
	Secret []byte
}

// Open trusts the posted event and hands it to route with its port.
func (h *Hooks) Open(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := route(c.Request.Context(), h.Orders, ev); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Handle checks the acquirer's HMAC before the same dispatch.
func (h *SignedHooks) Handle(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	sig, _ := hex.DecodeString(c.GetHeader("X-Acquirer-Signature"))
	if !hmac.Equal(sig, mac.Sum(nil)) {
		c.Status(http.StatusUnauthorized)
		return
	}
	var ev event
	if err := json.Unmarshal(body, &ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if err := route(c.Request.Context(), h.Orders, ev); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Inquiry answers the acquirer's order inquiry: it hands the event to
// a function that only reads the order's state through the port.
func (h *Hooks) Inquiry(c *gin.Context) {
	var ev event
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	state, err := inquire(c.Request.Context(), h.Orders, ev)
	if err != nil {
		c.Status(http.StatusNotFound)
		return
	}
	c.JSON(http.StatusOK, gin.H{"order_ref": ev.OrderRef, "state": state})
}

func route(ctx context.Context, orders Completer, ev event) error {
	if ev.Status == "CAPTURED" {
		return orders.Complete(ctx, ev.OrderRef)
	}
	return nil
}

func inquire(ctx context.Context, orders Completer, ev event) (string, error) {
	if ev.Status == "CAPTURED" {
		return orders.State(ctx, ev.OrderRef)
	}
	return "unknown", nil
}
