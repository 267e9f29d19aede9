// Package subscription is a test stub of
// github.com/stripe/stripe-go/v82/subscription (trimmed; signatures match
// the real module, v82.5.1).
package subscription

import stripe "github.com/stripe/stripe-go/v82"

// Client is used to invoke the API of this resource.
type Client struct {
	B   stripe.Backend
	Key string
}

func New(params *stripe.SubscriptionParams) (*stripe.Subscription, error) { panic("stub") }

func (c Client) New(params *stripe.SubscriptionParams) (*stripe.Subscription, error) { panic("stub") }

func Get(id string, params *stripe.SubscriptionParams) (*stripe.Subscription, error) { panic("stub") }

func (c Client) Get(id string, params *stripe.SubscriptionParams) (*stripe.Subscription, error) {
	panic("stub")
}

// Update changes a subscription (its items, its metadata); as in v82.5.1.
func Update(id string, params *stripe.SubscriptionParams) (*stripe.Subscription, error) {
	panic("stub")
}

func (c Client) Update(id string, params *stripe.SubscriptionParams) (*stripe.Subscription, error) {
	panic("stub")
}
