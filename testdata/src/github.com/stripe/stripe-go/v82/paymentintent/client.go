// Package paymentintent is a test stub of github.com/stripe/stripe-go/v82/paymentintent (trimmed; signatures match the real module).
package paymentintent

import stripe "github.com/stripe/stripe-go/v82"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) { panic("stub") }

func (c Client) New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) { panic("stub") }

func Get(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func Update(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func (c Client) Update(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func Cancel(id string, params *stripe.PaymentIntentCancelParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func (c Client) Cancel(id string, params *stripe.PaymentIntentCancelParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func Capture(id string, params *stripe.PaymentIntentCaptureParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func (c Client) Capture(id string, params *stripe.PaymentIntentCaptureParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func Confirm(id string, params *stripe.PaymentIntentConfirmParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func (c Client) Confirm(id string, params *stripe.PaymentIntentConfirmParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func IncrementAuthorization(id string, params *stripe.PaymentIntentIncrementAuthorizationParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}

func (c Client) IncrementAuthorization(id string, params *stripe.PaymentIntentIncrementAuthorizationParams) (*stripe.PaymentIntent, error) {
	panic("stub")
}
