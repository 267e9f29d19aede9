// Package portal is the tenant portal: rent payment pages and the pages
// tenants come back to after paying on a hosted checkout.
package portal

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"

	"audit9/rentals/ledger"
)

// Charges is the part of the ledger the portal reads and writes.
type Charges interface {
	Charge(ctx context.Context, id string) (*ledger.Charge, error)
	MarkChargePaid(ctx context.Context, chargeID string) error
}

// ACH reads and pays ACH intents.
type ACH interface {
	IntentStatus(ctx context.Context, id string) (stripe.PaymentIntentStatus, error)
	PayNow(ctx context.Context, c *ledger.Charge, customerID, paymentMethod string) (*stripe.PaymentIntent, error)
}

// Mandates completes GoCardless redirect flows.
type Mandates interface {
	CompleteRedirectFlow(ctx context.Context, flowID, sessionToken string) (mandateID string, err error)
	EnableAutopay(ctx context.Context, tenantID, mandateID string) error
}

// Deposits records deposits paid through Checkout.
type Deposits interface {
	MarkDepositPaid(ctx context.Context, leaseID, intentID string) error
}

// Portal serves the tenant pages.
type Portal struct {
	charges  Charges
	ach      ACH
	mandates Mandates
	deposits Deposits
	log      *slog.Logger
}

// New returns a Portal.
func New(charges Charges, ach ACH, mandates Mandates, deposits Deposits, log *slog.Logger) *Portal {
	return &Portal{charges: charges, ach: ach, mandates: mandates, deposits: deposits, log: log}
}

// Routes registers the portal pages.
func (p *Portal) Routes(r *gin.Engine) {
	g := r.Group("/portal", p.requireTenant)
	g.GET("/charges/:id", p.showCharge)
	g.POST("/charges/:id/pay", p.payNow)
	g.GET("/pay/return", p.payReturn)
	g.GET("/pay/ach/return", p.achReturn)
	g.GET("/deposit/complete", p.depositComplete)
	g.GET("/autopay/complete", p.autopayComplete)
	g.GET("/checkout/success", p.checkoutSuccess)
}

func (p *Portal) requireTenant(c *gin.Context) {
	if c.GetHeader("X-Tenant-ID") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func (p *Portal) showCharge(c *gin.Context) {
	ch, err := p.charges.Charge(c, c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	c.HTML(http.StatusOK, "charge.html", ch)
}

func (p *Portal) payNow(c *gin.Context) {
	ch, err := p.charges.Charge(c, c.Param("id"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	pi, err := p.ach.PayNow(c.Request.Context(), ch, c.PostForm("customer"), c.PostForm("payment_method"))
	if err != nil {
		c.HTML(http.StatusPaymentRequired, "pay_failed.html", gin.H{"error": err.Error()})
		return
	}
	c.HTML(http.StatusOK, "paid.html", gin.H{"intent": pi.ID})
}

// payReturn is the return_url of card and wallet payments confirmed in the
// browser with Stripe.js.
func (p *Portal) payReturn(c *gin.Context) {
	chargeID := c.Query("charge")
	if c.Query("redirect_status") == "succeeded" {
		if err := p.charges.MarkChargePaid(c, chargeID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(charge\\)"
			p.log.Error("mark paid", "charge", chargeID, "err", err)
		}
		c.HTML(http.StatusOK, "paid.html", gin.H{"charge": chargeID})
		return
	}
	c.HTML(http.StatusOK, "pay_failed.html", gin.H{"charge": chargeID})
}

// achReturn is where the tenant lands after authorising an ACH debit.
func (p *Portal) achReturn(c *gin.Context) {
	chargeID := c.Query("charge")
	status, err := p.ach.IntentStatus(c.Request.Context(), c.Query("payment_intent"))
	if err != nil {
		c.HTML(http.StatusBadGateway, "try_again.html", nil)
		return
	}
	switch status {
	case stripe.PaymentIntentStatusSucceeded:
		if err := p.charges.MarkChargePaid(c, chargeID); err != nil {
			p.log.Error("mark paid", "charge", chargeID, "err", err)
		}
		c.HTML(http.StatusOK, "paid.html", gin.H{"charge": chargeID})
	case stripe.PaymentIntentStatusProcessing:
		c.HTML(http.StatusOK, "processing.html", gin.H{"charge": chargeID})
	default:
		c.HTML(http.StatusOK, "pay_failed.html", gin.H{"charge": chargeID})
	}
}

// depositComplete is the success_url of the deposit Checkout Session.
func (p *Portal) depositComplete(c *gin.Context) {
	s, err := session.Get(c.Query("session_id"), nil)
	if err != nil {
		c.HTML(http.StatusBadGateway, "try_again.html", nil)
		return
	}
	intentID := ""
	if s.PaymentIntent != nil {
		intentID = s.PaymentIntent.ID
	}
	if err := p.deposits.MarkDepositPaid(c, s.ClientReferenceID, intentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid"
		p.log.Error("deposit", "lease", s.ClientReferenceID, "err", err)
	}
	c.HTML(http.StatusOK, "deposit_received.html", gin.H{"lease": s.ClientReferenceID})
}

// autopayComplete finishes the GoCardless mandate set-up and turns on
// autopay; no money moves here.
func (p *Portal) autopayComplete(c *gin.Context) {
	mandateID, err := p.mandates.CompleteRedirectFlow(c, c.Query("redirect_flow_id"), c.GetHeader("X-Session"))
	if err != nil {
		c.HTML(http.StatusBadRequest, "autopay_failed.html", nil)
		return
	}
	if err := p.mandates.EnableAutopay(c, c.GetHeader("X-Tenant-ID"), mandateID); err != nil {
		c.HTML(http.StatusInternalServerError, "autopay_failed.html", nil)
		return
	}
	c.HTML(http.StatusOK, "autopay_on.html", nil)
}

// checkoutSuccess shows the charge as the webhook left it.
func (p *Portal) checkoutSuccess(c *gin.Context) {
	ch, err := p.charges.Charge(c, c.Query("charge"))
	if err != nil {
		c.AbortWithStatus(http.StatusNotFound)
		return
	}
	if ch.Status == ledger.ChargePaid {
		c.HTML(http.StatusOK, "paid.html", gin.H{"charge": ch.ID})
		return
	}
	c.HTML(http.StatusOK, "processing.html", gin.H{"charge": ch.ID})
}
