package paymentintent

import stripe "github.com/stripe/stripe-go/v82"

// List returns a list of payment intents.
func List(params *stripe.PaymentIntentListParams) *Iter { panic("stub") }

// Iter is an iterator for payment intents.
type Iter struct {
	*stripe.Iter
}

// PaymentIntent returns the payment intent which the iterator is currently pointing to.
func (i *Iter) PaymentIntent() *stripe.PaymentIntent { panic("stub") }
