// Package hooks: gin Stripe webhooks that hand a paid checkout session to
// a Dispatcher the shop's main binds (i16retryslow/cmd/shop), and one
// holding the warehouse client itself.
package hooks

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"i16retryslow/warehouse"
)

// Dispatcher ships a paid order.
type Dispatcher interface {
	Dispatch(ctx context.Context, orderRef string) error
}

func decode(raw []byte) (*stripe.CheckoutSession, bool) {
	var s stripe.CheckoutSession
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, false
	}
	return &s, true
}

// Ship dispatches before it answers: main binds the warehouse client,
// whose post is retried with waits (reported at the binding); also built
// with the outbox, an in-memory queue and the background dispatcher.
type Ship struct {
	secret string
	ship   Dispatcher
}

// NewShip builds the handler.
func NewShip(secret string, ship Dispatcher) *Ship { return &Ship{secret: secret, ship: ship} }

// Completed handles checkout.session.completed.
func (h *Ship) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if s.PaymentStatus == "paid" {
		if err := h.ship.Dispatch(c, s.ClientReferenceID); err != nil {
			log.Printf("dispatch %s: %v", s.ClientReferenceID, err)
		}
	}
	c.Status(http.StatusOK)
}

// Outboxed is bound by main to the outbox: kit.Attempt retries an INSERT,
// which waits only when the database refuses it (silent).
type Outboxed struct {
	secret string
	ship   Dispatcher
}

// NewOutboxed builds the handler.
func NewOutboxed(secret string, ship Dispatcher) *Outboxed {
	return &Outboxed{secret: secret, ship: ship}
}

// Completed handles checkout.session.completed.
func (h *Outboxed) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.ship.Dispatch(c, s.ClientReferenceID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Queued is bound by main to the in-memory queue (silent).
type Queued struct {
	secret string
	ship   Dispatcher
}

// NewQueued builds the handler.
func NewQueued(secret string, ship Dispatcher) *Queued { return &Queued{secret: secret, ship: ship} }

// Completed handles checkout.session.completed.
func (h *Queued) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.ship.Dispatch(c, s.ClientReferenceID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Detached is bound by main to the background dispatcher: kit.Detach
// retries the post in a goroutine and answers nothing (silent).
type Detached struct {
	secret string
	ship   Dispatcher
}

// NewDetached builds the handler.
func NewDetached(secret string, ship Dispatcher) *Detached {
	return &Detached{secret: secret, ship: ship}
}

// Completed handles checkout.session.completed.
func (h *Detached) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.ship.Dispatch(c, s.ClientReferenceID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Mixed is built by main once with the warehouse client and once with
// the queue: one binding is fast, so the call is not judged (silent).
type Mixed struct {
	secret string
	ship   Dispatcher
}

// NewMixed builds the handler.
func NewMixed(secret string, ship Dispatcher) *Mixed { return &Mixed{secret: secret, ship: ship} }

// Completed handles checkout.session.completed.
func (h *Mixed) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.ship.Dispatch(c, s.ClientReferenceID); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Later answers first and dispatches in a goroutine (silent).
type Later struct {
	secret string
	ship   Dispatcher
}

// NewLater builds the handler.
func NewLater(secret string, ship Dispatcher) *Later { return &Later{secret: secret, ship: ship} }

// Completed handles checkout.session.completed.
func (h *Later) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	ref := s.ClientReferenceID
	go func() {
		if err := h.ship.Dispatch(context.Background(), ref); err != nil {
			log.Printf("dispatch %s: %v", ref, err)
		}
	}()
	c.Status(http.StatusOK)
}

// Direct holds the warehouse client itself: the retried post is in sight
// through its summary and reported at the call.
type Direct struct {
	secret string
	wh     *warehouse.Client
}

// NewDirect builds the handler.
func NewDirect(secret string, wh *warehouse.Client) *Direct { return &Direct{secret: secret, wh: wh} }

// Completed handles checkout.session.completed.
func (h *Direct) Completed(c *gin.Context) {
	body, err := c.GetRawData()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	s, ok := decode(evt.Data.Raw)
	if !ok {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if err := h.wh.Dispatch(c, s.ClientReferenceID); err != nil { // want `webhook handler calls warehouse.Client.Dispatch, which retries through kit.Attempt a callback that calls an external API \(http.Client.Do\) before answering`
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.Status(http.StatusOK)
}
