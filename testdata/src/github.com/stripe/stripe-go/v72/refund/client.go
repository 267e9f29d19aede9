// Package refund is a test stub of github.com/stripe/stripe-go/v72/refund (trimmed; signatures match the real module).
package refund

import stripe "github.com/stripe/stripe-go/v72"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.RefundParams) (*stripe.Refund, error) { panic("stub") }

func (c Client) New(params *stripe.RefundParams) (*stripe.Refund, error) { panic("stub") }

func Get(id string, params *stripe.RefundParams) (*stripe.Refund, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.RefundParams) (*stripe.Refund, error) { panic("stub") }
