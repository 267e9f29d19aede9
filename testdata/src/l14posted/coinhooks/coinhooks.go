// Package coinhooks receives a coin processor's charge notifications and
// a carrier's tracking events on gin, routed here.
package coinhooks

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"l14posted/orderdb"
)

type chargeNotice struct {
	Event string `json:"event"`
	Data  struct {
		InvoiceRef string `json:"invoice_ref"`
		State      string `json:"state"`
		Amount     int64  `json:"amount"`
	} `json:"data"`
}

type trackingEvent struct {
	Tracking string `json:"tracking"`
	Status   string `json:"status"`
}

type Hooks struct{ DB *orderdb.DB }

func (h *Hooks) Mount(r *gin.Engine) {
	r.POST("/webhooks/coinpay", h.Charge)
	r.POST("/webhooks/carrier", h.Tracking)
}

// Charge stores the notice's state as the invoice's status, unverified.
func (h *Hooks) Charge(c *gin.Context) {
	var n chargeNotice
	if err := c.ShouldBindJSON(&n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	switch n.Data.State {
	case "completed", "expired":
	default:
		c.Status(http.StatusNoContent)
		return
	}
	inv := orderdb.Invoice{Ref: n.Data.InvoiceRef, Amount: n.Data.Amount, Status: n.Data.State}
	if err := h.DB.RecordInvoice(c.Request.Context(), inv); err != nil { // want `payment webhook /webhooks/coinpay acts on the payment \(the posted status stored as invoice.status by orderdb.DB.RecordInvoice\) without verifying`
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}

// Tracking stores the carrier's status on the parcel and on the order's
// delivery state: neither is a payment's.
func (h *Hooks) Tracking(c *gin.Context) {
	var ev trackingEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	_ = h.DB.MoveParcel(c.Request.Context(), &orderdb.Parcel{Tracking: ev.Tracking, Status: ev.Status})
	_ = h.DB.SetDelivery(c.Request.Context(), &orderdb.Order{ID: ev.Tracking, ShipState: ev.Status})
	if ev.Status == "delivered" || ev.Status == "completed" {
		_ = h.DB.AnnotateOrder(c.Request.Context(), &orderdb.Order{ID: ev.Tracking, Note: ev.Status})
	}
	c.Status(http.StatusOK)
}
