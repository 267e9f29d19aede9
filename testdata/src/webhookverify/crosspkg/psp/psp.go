// Package psp holds handlers for the payment provider's callbacks; its
// name says nothing of webhooks, so the event itself must.
package psp

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"

	"webhookverify/crosspkg/store"
)

// Notification is the provider's status notification.
type Notification struct {
	Status string `json:"status"`
	Order  string `json:"order"`
	ID     string `json:"id"`
}

// ChargeSucceeded is a factory; the event's status is compared with a
// success status.
func ChargeSucceeded(s *store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var n Notification
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		if n.Status == "PAID" {
			s.MarkPaid(r.Context(), n.Order, n.ID) // reported where routes mounts it
		}
	}
}

// PaymentEvent names a payment.
type PaymentEvent struct {
	Kind  string `json:"kind"`
	Order string `json:"order"`
	ID    string `json:"id"`
}

// SyncEvent names nothing paid.
type SyncEvent struct {
	Order string `json:"order"`
	ID    string `json:"id"`
}

// Gin holds the gin handlers.
type Gin struct{ S *store.Store }

// Paid binds a PaymentEvent.
func (g *Gin) Paid(c *gin.Context) {
	var ev PaymentEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	g.S.MarkPaid(c.Request.Context(), ev.Order, ev.ID) // reported where routes mounts it
}

// Sync binds an event that names no payment and is not compared with
// one, in a package that does not speak of webhooks: too weak a sign,
// silent.
func (g *Gin) Sync(c *gin.Context) {
	var ev SyncEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	g.S.MarkPaid(c.Request.Context(), ev.Order, ev.ID)
}
