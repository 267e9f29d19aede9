package web

import (
	"context"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// GiftIssuer makes a bought gift card usable.
type GiftIssuer interface {
	Issue(ctx context.Context, orderRef string) error
}

// Reminder notes a reminder about an unpaid card.
type Reminder interface {
	Remind(ctx context.Context, orderRef string) error
}

// MPPages are the Mercado Pago back_urls.
type MPPages struct {
	Payments payment.Client
	Gifts    GiftIssuer
	Remind   Reminder
}

// Routes mounts the pages.
func (p *MPPages) Routes(r *gin.Engine) {
	r.GET("/giftcards/mp/success", p.success)
	r.GET("/giftcards/mp/approved", p.approved)
	r.GET("/giftcards/mp/pending", p.pending)
}

// Mistake (reported where main binds GiftIssuer): the payment is read
// back from Mercado Pago, but its status is never compared with approved.
func (p *MPPages) success(c *gin.Context) {
	id, err := strconv.Atoi(c.Query("payment_id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	pay, err := p.Payments.Get(c, id)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	_ = p.Gifts.Issue(c, pay.ExternalReference)
	c.String(http.StatusOK, "Your gift card is ready.")
}

// Look-alike: the card is issued only for an approved payment.
func (p *MPPages) approved(c *gin.Context) {
	id, err := strconv.Atoi(c.Query("payment_id"))
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	pay, err := p.Payments.Get(c, id)
	if err != nil {
		c.String(http.StatusBadGateway, "try again")
		return
	}
	if pay.Status != "approved" {
		c.String(http.StatusOK, "Your payment is being processed.")
		return
	}
	_ = p.Gifts.Issue(c, pay.ExternalReference)
	c.String(http.StatusOK, "Your gift card is ready.")
}

// Look-alike: the pending page notes a reminder (no card handed over).
func (p *MPPages) pending(c *gin.Context) {
	_ = p.Remind.Remind(c, c.Query("external_reference"))
	c.String(http.StatusOK, "Your payment is being processed.")
}
