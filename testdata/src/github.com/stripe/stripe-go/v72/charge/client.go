// Package charge is a test stub of github.com/stripe/stripe-go/v72/charge (trimmed; signatures match the real module).
package charge

import stripe "github.com/stripe/stripe-go/v72"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.ChargeParams) (*stripe.Charge, error) { panic("stub") }

func (c Client) New(params *stripe.ChargeParams) (*stripe.Charge, error) { panic("stub") }

func Get(id string, params *stripe.ChargeParams) (*stripe.Charge, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.ChargeParams) (*stripe.Charge, error) { panic("stub") }

func Capture(id string, params *stripe.CaptureParams) (*stripe.Charge, error) { panic("stub") }

func (c Client) Capture(id string, params *stripe.CaptureParams) (*stripe.Charge, error) {
	panic("stub")
}
