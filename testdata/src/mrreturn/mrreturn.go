// Package mrreturn: Checkout.com sends the buyer back with cko-session-id
// (3DS, Hosted Payments Page) or cko-payment-id (Flow): the handler is a
// return page, whatever it is called.
package mrreturn

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Wallet is the use case behind the pages (implemented elsewhere).
type Wallet interface {
	CompleteTopUp(ctx context.Context, ref string) error
	SessionStatus(ctx context.Context, session string) (string, error)
}

type Pages struct{ wallet Wallet }

// Landed fulfils on the query's own result: reported.
func (p *Pages) Landed(c *gin.Context) {
	session := c.Query("cko-session-id")
	if c.Query("result") != "succeeded" {
		c.String(http.StatusOK, "declined")
		return
	}
	p.wallet.CompleteTopUp(c.Request.Context(), session) // want `order fulfilled in the success-redirect handler from the query string \(result\)`
	c.String(http.StatusOK, "done")
}

// Asked reads the session's status from the provider and tests it: silent.
func (p *Pages) Asked(c *gin.Context) {
	session := c.Query("cko-session-id")
	st, err := p.wallet.SessionStatus(c.Request.Context(), session)
	if err != nil || st != "Authorized" {
		c.String(http.StatusOK, "declined")
		return
	}
	p.wallet.CompleteTopUp(c.Request.Context(), session)
	c.String(http.StatusOK, "done")
}

// Shown only renders the page: silent.
func (p *Pages) Shown(c *gin.Context) {
	c.HTML(http.StatusOK, "return.html", gin.H{"payment": c.Query("cko-payment-id")})
}
