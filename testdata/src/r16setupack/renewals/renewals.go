// Package renewals answers Stripe's subscription events on gin: when a
// trial is about to end it opens a setup-mode Checkout Session so the
// member can leave a card. The session charges nothing (a create, not a
// payment write), but it is still a round trip to Stripe made before the
// answer.
package renewals

import (
	"encoding/json"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

var signingKey = os.Getenv("STRIPE_SIGNING_KEY")

type member struct {
	Customer string `json:"customer"`
}

type Desk struct {
	jobs chan string
}

func (d *Desk) Mount(g *gin.Engine) {
	g.POST("/stripe/renewals", d.Renewal)
	g.POST("/stripe/renewals-inline", d.RenewalInline)
	g.POST("/stripe/renewals-async", d.RenewalAsync)
	g.POST("/stripe/renewals-queued", d.RenewalQueued)
	g.POST("/stripe/intents", d.IntentCheck)
}

// cardLink opens the setup session: Stripe answers over the network.
func (d *Desk) cardLink(customer string) (string, error) {
	s, err := session.New(&stripe.CheckoutSessionParams{
		ClientReferenceID: stripe.String(customer),
		Mode:              stripe.String(string(stripe.CheckoutSessionModeSetup)),
		SuccessURL:        stripe.String("https://club.example/card/saved"),
	})
	if err != nil {
		return "", err
	}
	return s.URL, nil
}

func parse(c *gin.Context) (*stripe.Event, bool) {
	body, _ := c.GetRawData()
	ev, err := webhook.ConstructEvent(body, c.GetHeader("Stripe-Signature"), signingKey)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return nil, false
	}
	return &ev, true
}

// Renewal: the mistake — a setup session opened through a helper before
// gin answers.
func (d *Desk) Renewal(c *gin.Context) {
	ev, ok := parse(c)
	if !ok {
		return
	}
	var m member
	_ = json.Unmarshal(ev.Data.Raw, &m)
	if ev.Type == "customer.subscription.trial_will_end" {
		if _, err := d.cardLink(m.Customer); err != nil { // want `webhook handler calls renewals.Desk.cardLink, which calls the payment provider \(stripe session.New\) before answering`
			c.Status(http.StatusInternalServerError)
			return
		}
	}
	c.Status(http.StatusOK)
}

// RenewalInline: the same session opened in the handler itself.
func (d *Desk) RenewalInline(c *gin.Context) {
	ev, ok := parse(c)
	if !ok {
		return
	}
	var m member
	_ = json.Unmarshal(ev.Data.Raw, &m)
	session.New(&stripe.CheckoutSessionParams{ // want `webhook handler calls the payment provider \(stripe session.New\) before answering`
		ClientReferenceID: stripe.String(m.Customer),
		Mode:              stripe.String("setup"),
	})
	c.Status(http.StatusOK)
}

// RenewalAsync: the session is opened in a goroutine; silent.
func (d *Desk) RenewalAsync(c *gin.Context) {
	ev, ok := parse(c)
	if !ok {
		return
	}
	var m member
	_ = json.Unmarshal(ev.Data.Raw, &m)
	go d.cardLink(m.Customer)
	c.Status(http.StatusOK)
}

// RenewalQueued: the customer is queued for a worker that opens the
// session; silent.
func (d *Desk) RenewalQueued(c *gin.Context) {
	ev, ok := parse(c)
	if !ok {
		return
	}
	var m member
	_ = json.Unmarshal(ev.Data.Raw, &m)
	d.jobs <- m.Customer
	c.Status(http.StatusOK)
}

// IntentCheck reads the event's payment back once before acting: the
// one status read webhookack allows; silent.
func (d *Desk) IntentCheck(c *gin.Context) {
	ev, ok := parse(c)
	if !ok {
		return
	}
	pi, err := paymentintent.Get(ev.ID, nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		c.Status(http.StatusInternalServerError)
		return
	}
	c.Status(http.StatusOK)
}
