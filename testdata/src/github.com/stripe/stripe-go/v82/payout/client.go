// Package payout is a test stub of github.com/stripe/stripe-go/v82/payout (trimmed; signatures match the real module).
package payout

import stripe "github.com/stripe/stripe-go/v82"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.PayoutParams) (*stripe.Payout, error) { panic("stub") }

func (c Client) New(params *stripe.PayoutParams) (*stripe.Payout, error) { panic("stub") }

func Get(id string, params *stripe.PayoutParams) (*stripe.Payout, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.PayoutParams) (*stripe.Payout, error) { panic("stub") }
