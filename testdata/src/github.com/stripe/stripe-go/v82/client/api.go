// Package client is a test stub of github.com/stripe/stripe-go/v82/client (trimmed).
package client

import (
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/charge"
	checkoutsession "github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/invoice"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/payout"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/transfer"
)

// API is the Stripe client.
type API struct {
	Charges          *charge.Client
	CheckoutSessions *checkoutsession.Client
	Invoices         *invoice.Client
	PaymentIntents   *paymentintent.Client
	Payouts          *payout.Client
	Refunds          *refund.Client
	Transfers        *transfer.Client
}

func (a *API) Init(key string, backends *stripe.Backends) { panic("stub") }

func New(key string, backends *stripe.Backends) *API { panic("stub") }
