// Package shop serves the pages Mercado Pago sends a record shop's buyers
// back to (the checkout preference's back_urls), grouped under /mp.
package shop

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// Shipping hands a paid purchase over to the warehouse.
type Shipping interface {
	Forward(ctx context.Context, ref string) error
}

// Payments reads a payment back from Mercado Pago.
type Payments interface {
	Get(ctx context.Context, id int) (*payment.Response, error)
}

// Pages renders the back_urls pages.
type Pages struct {
	shipping Shipping
	payments Payments
}

// NewPages returns Pages.
func NewPages(s Shipping, p Payments) *Pages { return &Pages{shipping: s, payments: p} }

// Mount registers the pages on a group.
func (p *Pages) Mount(r *gin.Engine) {
	g := r.Group("/mp")
	g.GET("/listo", p.Listo)
	g.GET("/verificado", p.Verificado)
	g.GET("/aviso", p.Aviso)
}

// Listo ships on the collection_status the buyer's browser carries back.
func (p *Pages) Listo(c *gin.Context) {
	ref := c.Query("external_reference")
	if c.Query("collection_status") == "approved" {
		if err := p.shipping.Forward(c.Request.Context(), ref); err != nil {
			c.String(http.StatusInternalServerError, "retry")
			return
		}
	}
	c.String(http.StatusOK, "gracias")
}

// Verificado reads the payment from Mercado Pago and ships only when it
// is approved.
func (p *Pages) Verificado(c *gin.Context) {
	id, err := strconv.Atoi(c.Query("collection_id"))
	if err != nil {
		c.String(http.StatusBadRequest, "bad id")
		return
	}
	pay, err := p.payments.Get(c.Request.Context(), id)
	if err != nil {
		c.String(http.StatusBadGateway, "retry")
		return
	}
	if pay.Status == "approved" {
		if err := p.shipping.Forward(c.Request.Context(), pay.ExternalReference); err != nil {
			c.String(http.StatusInternalServerError, "retry")
			return
		}
	}
	c.String(http.StatusOK, "gracias")
}

// Aviso only echoes the collection_status into the page.
func (p *Pages) Aviso(c *gin.Context) {
	if c.Query("collection_status") == "approved" {
		c.String(http.StatusOK, "gracias, tu pago se está acreditando")
		return
	}
	c.String(http.StatusOK, "pago pendiente")
}
