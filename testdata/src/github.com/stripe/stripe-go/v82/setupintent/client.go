// Package setupintent is a test stub of github.com/stripe/stripe-go/v82/setupintent (trimmed; signatures match v82.5.1).
package setupintent

import stripe "github.com/stripe/stripe-go/v82"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.SetupIntentParams) (*stripe.SetupIntent, error) { panic("stub") }

func (c Client) New(params *stripe.SetupIntentParams) (*stripe.SetupIntent, error) { panic("stub") }

func Get(id string, params *stripe.SetupIntentParams) (*stripe.SetupIntent, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.SetupIntentParams) (*stripe.SetupIntent, error) {
	panic("stub")
}
