// Package invoice is a test stub of github.com/stripe/stripe-go/v72/invoice (trimmed; signatures match the real module).
package invoice

import stripe "github.com/stripe/stripe-go/v72"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.InvoiceParams) (*stripe.Invoice, error) { panic("stub") }

func (c Client) New(params *stripe.InvoiceParams) (*stripe.Invoice, error) { panic("stub") }

func Get(id string, params *stripe.InvoiceParams) (*stripe.Invoice, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.InvoiceParams) (*stripe.Invoice, error) { panic("stub") }

func Pay(id string, params *stripe.InvoicePayParams) (*stripe.Invoice, error) { panic("stub") }

func (c Client) Pay(id string, params *stripe.InvoicePayParams) (*stripe.Invoice, error) {
	panic("stub")
}
