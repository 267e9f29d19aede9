// Package stripe72 exercises an older stripe-go major version.
package stripe72

import (
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/charge"
	"github.com/stripe/stripe-go/v72/checkout/session"
	"github.com/stripe/stripe-go/v72/client"
	"github.com/stripe/stripe-go/v72/paymentintent"
)

func calls(sc *client.API, id, orderID string) { // want `wrapper calls write\|create\|read stripe paymentintent.New keyparam=2 autokey$`
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(100)}
	p.SetIdempotencyKey("order-" + orderID)
	paymentintent.New(p)                                     // want `op write\|create stripe paymentintent.New key=IdempotencyKey keyparam=2 autokey$`
	paymentintent.Confirm(id, nil)                           // want `op write stripe paymentintent.Confirm autokey id=id$`
	paymentintent.Get(id, nil)                               // want `op read stripe paymentintent.Get id=id$`
	charge.New(&stripe.ChargeParams{})                       // want `op write\|create stripe charge.New autokey$`
	charge.Capture(id, &stripe.CaptureParams{})              // want `op write stripe charge.Capture autokey id=id$`
	session.Get(id, nil)                                     // want `op read stripe session.Get id=id$`
	sc.PaymentIntents.Confirm(id, nil)                       // want `op write stripe paymentintent.Confirm autokey id=id$`
	sc.Charges.New(&stripe.ChargeParams{})                   // want `op write\|create stripe charge.New autokey$`
	sc.CheckoutSessions.New(&stripe.CheckoutSessionParams{}) // want `op write\|create stripe session.New autokey$`
}
