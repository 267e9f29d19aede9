// Package confirm reads what the gift-card page's script posts once
// Stripe.js has confirmed the card, and the PaymentIntent it names.
package confirm

import (
	"errors"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Posted is the confirmed payment as the page stores it.
type Posted struct {
	Email    string
	Intent   string
	ChargeID string
	Amount   int64
	Currency string
}

// Read parses the posted form and fetches the PaymentIntent, keeping only
// its latest charge's id: the intent's status is never looked at.
func Read(c *gin.Context) (Posted, error) {
	amount, _ := strconv.ParseInt(c.PostForm("amount"), 10, 64)
	pi, err := paymentintent.Get(c.PostForm("payment_intent"), nil)
	if err != nil {
		return Posted{}, err
	}
	p := Posted{Email: c.PostForm("email"), Intent: c.PostForm("payment_intent"), Amount: amount,
		Currency: c.PostForm("currency")}
	if pi.LatestCharge != nil {
		p.ChargeID = pi.LatestCharge.ID
	}
	return p, nil
}

// ErrUnpaid: the intent has not succeeded.
var ErrUnpaid = errors.New("confirm: payment not succeeded")

// ReadSucceeded is Read for an intent that has succeeded only.
func ReadSucceeded(c *gin.Context) (Posted, error) {
	pi, err := paymentintent.Get(c.PostForm("payment_intent"), nil)
	if err != nil {
		return Posted{}, err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return Posted{}, ErrUnpaid
	}
	return Posted{Email: c.PostForm("email"), Intent: pi.ID, Amount: pi.Amount, Currency: string(pi.Currency)}, nil
}
