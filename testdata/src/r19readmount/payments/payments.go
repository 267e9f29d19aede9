// Package payments reads what the buyer's browser posts back once
// Stripe.js has confirmed the card, and the PaymentIntent it names.
package payments

import (
	"errors"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

// Receipt is what the confirmation page stores of the payment.
type Receipt struct {
	IntentID string
	ChargeID string
	Amount   int64
	Email    string
}

// FromForm reads the posted form and the PaymentIntent it names; only
// the charge's id is kept, the intent's status is never looked at.
func FromForm(r *http.Request) (Receipt, error) {
	if err := r.ParseForm(); err != nil {
		return Receipt{}, err
	}
	pi, err := paymentintent.Get(r.Form.Get("payment_intent"), nil)
	if err != nil {
		return Receipt{}, err
	}
	rc := Receipt{IntentID: pi.ID, Amount: pi.Amount, Email: r.Form.Get("email")}
	if pi.LatestCharge != nil {
		rc.ChargeID = pi.LatestCharge.ID
	}
	return rc, nil
}

// ErrNotPaid: the intent has not succeeded.
var ErrNotPaid = errors.New("payment not completed")

// Succeeded reads the PaymentIntent and answers it only once it has
// succeeded.
func Succeeded(id string) (*stripe.PaymentIntent, error) {
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		return nil, err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return nil, ErrNotPaid
	}
	return pi, nil
}
