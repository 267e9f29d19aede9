// Package session is a test stub of github.com/stripe/stripe-go/v82/checkout/session (trimmed; signatures match the real module).
package session

import stripe "github.com/stripe/stripe-go/v82"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) { panic("stub") }

func (c Client) New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	panic("stub")
}

func Get(id string, params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	panic("stub")
}

func (c Client) Get(id string, params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	panic("stub")
}

func Expire(id string, params *stripe.CheckoutSessionExpireParams) (*stripe.CheckoutSession, error) {
	panic("stub")
}

func (c Client) Expire(id string, params *stripe.CheckoutSessionExpireParams) (*stripe.CheckoutSession, error) {
	panic("stub")
}
