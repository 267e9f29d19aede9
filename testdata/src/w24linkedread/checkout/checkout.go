// Package checkout starts Stripe Checkout for a German bike-parts shop;
// its paths are the pages the buyer's browser comes back to.
package checkout

import (
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
)

// The return paths handed to Stripe.
const (
	FertigPath    = "/kasse/fertig"
	GutscheinPath = "/gutschein/fertig"
	AbbruchPath   = "/kasse/abbruch"
)

// Gateway starts checkouts.
type Gateway struct{ Base string }

// Start opens a checkout for an order.
func (g *Gateway) Start(orderID string) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{
		Mode:              stripe.String("payment"),
		ClientReferenceID: stripe.String(orderID),
		SuccessURL:        stripe.String(g.Base + FertigPath + "?order=" + orderID),
		CancelURL:         stripe.String(g.Base + AbbruchPath + "?order=" + orderID),
	})
}

// StartVoucher opens a checkout for a gift voucher.
func (g *Gateway) StartVoucher(voucherID string) (*stripe.CheckoutSession, error) {
	return session.New(&stripe.CheckoutSessionParams{
		Mode:       stripe.String("payment"),
		SuccessURL: stripe.String(g.Base + GutscheinPath + "?order=" + voucherID),
	})
}

// Session reads a checkout session back.
func (g *Gateway) Session(id string) (*stripe.CheckoutSession, error) {
	return session.Get(id, nil)
}
