// Package hooks: a bar platform's gin Stripe listener hands a paid tab to
// the venue's till (a kitchen ticket: silent) or opens a payment order at
// the payment service on every delivery (reported).
package hooks

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82/webhook"

	"fp15wtill/till"
)

// Hooks holds the till client.
type Hooks struct {
	secret string
	till   *till.Client
}

// Mount mounts the listeners.
func (h *Hooks) Mount(r *gin.Engine) {
	r.POST("/webhooks/stripe/tab-paid", h.TabPaid)
	r.POST("/webhooks/stripe/tab-order", h.TabOrder)
}

type paidTab struct {
	TabID   string      `json:"tab_id"`
	VenueID string      `json:"venue_id"`
	Cents   int64       `json:"cents"`
	Lines   []till.Line `json:"lines"`
}

func (h *Hooks) read(c *gin.Context) (paidTab, bool) {
	body, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return paidTab{}, false
	}
	evt, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), h.secret)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return paidTab{}, false
	}
	var t paidTab
	if err := json.Unmarshal(evt.Data.Raw, &t); err != nil {
		c.Status(http.StatusBadRequest)
		return paidTab{}, false
	}
	return t, true
}

// TabPaid prints the paid tab on the venue's kitchen display: no money
// moves, a second delivery prints it again at worst.
func (h *Hooks) TabPaid(c *gin.Context) {
	t, ok := h.read(c)
	if !ok {
		return
	}
	_ = h.till.SendTicket(c.Request.Context(), t.VenueID, till.Ticket{TabID: t.TabID, Lines: t.Lines, TotalCents: t.Cents})
	c.Status(http.StatusOK)
}

// TabOrder opens a payment order (amount and currency) on every delivery.
func (h *Hooks) TabOrder(c *gin.Context) {
	t, ok := h.read(c)
	if !ok {
		return
	}
	_ = h.till.CreatePaymentOrder(c.Request.Context(), t.TabID, t.Cents) // want `webhook handler sends a payment write \(till.Client.CreatePaymentOrder`
	c.Status(http.StatusOK)
}
