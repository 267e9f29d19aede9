package shopweb

import (
	"net/http"

	"github.com/VictorAvelar/mollie-api-go/v4/mollie"
	"github.com/gin-gonic/gin"

	"r13return/fulfil"
)

// CheckedPages is the gin return page that tests Mollie's status first.
type CheckedPages struct {
	mollie *mollie.Client
	orders *fulfil.Service
}

func NewCheckedPages(c *mollie.Client, svc *fulfil.Service) *CheckedPages {
	return &CheckedPages{mollie: c, orders: svc}
}

func (p *CheckedPages) Mount(g *gin.Engine) {
	g.GET("/checkout/success", p.Success)
}

// Success confirms the order only once Mollie says the payment is paid.
func (p *CheckedPages) Success(c *gin.Context) {
	_, pay, err := p.mollie.Payments.Get(c.Request.Context(), c.Query("payment"), nil)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	if pay.Status != "paid" {
		c.String(http.StatusOK, "payment pending")
		return
	}
	if err := p.orders.Confirm(c.Request.Context(), c.Query("order"), c.Query("email")); err != nil {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.String(http.StatusOK, "thank you")
}
