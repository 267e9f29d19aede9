// Package stripe82 exercises the stripe-go v82 forms.
package stripe82

import (
	"context"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/charge"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/client"
	"github.com/stripe/stripe-go/v82/invoice"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/payout"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/transfer"
	"github.com/stripe/stripe-go/v82/webhook"
)

func packageLevel(id string) { // want `wrapper packageLevel write\|create\|read stripe paymentintent.New autokey$`
	params := &stripe.PaymentIntentParams{Amount: stripe.Int64(100), Currency: stripe.String("usd")}
	paymentintent.New(params)                                          // want `op write\|create stripe paymentintent.New autokey$`
	paymentintent.Confirm(id, &stripe.PaymentIntentConfirmParams{})    // want `op write stripe paymentintent.Confirm autokey id=id$`
	paymentintent.Capture(id, nil)                                     // want `op write stripe paymentintent.Capture autokey id=id$`
	paymentintent.IncrementAuthorization(id, nil)                      // want `op write stripe paymentintent.IncrementAuthorization autokey id=id$`
	paymentintent.Get(id, nil)                                         // want `op read stripe paymentintent.Get id=id$`
	charge.New(&stripe.ChargeParams{})                                 // want `op write\|create stripe charge.New autokey$`
	charge.Capture(id, nil)                                            // want `op write stripe charge.Capture autokey id=id$`
	charge.Get(id, nil)                                                // want `op read stripe charge.Get id=id$`
	refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(id)}) // want `op write\|create stripe refund.New autokey$`
	payout.New(&stripe.PayoutParams{})                                 // want `op write\|create stripe payout.New autokey$`
	transfer.New(&stripe.TransferParams{})                             // want `op write\|create stripe transfer.New autokey$`
	session.New(&stripe.CheckoutSessionParams{})                       // want `op write\|create stripe session.New autokey$`
	session.Get(id, nil)                                               // want `op read stripe session.Get id=id$`
	invoice.Pay(id, nil)                                               // want `op write stripe invoice.Pay autokey id=id$`
	invoice.Get(id, nil)                                               // want `op read stripe invoice.Get id=id$`

	// not payment ops
	session.Expire(id, nil)
	webhook.ConstructEvent(nil, "", "")
	stripe.NewIdempotencyKey()
}

// A hold released: not a write (a repeat charges nobody), still a call
// that retries must pace.
func release(ctx context.Context, sc *stripe.Client, pc paymentintent.Client, id string) { // want `wrapper release release`
	paymentintent.Cancel(id, nil)            // want `op release stripe paymentintent.Cancel id=id$`
	pc.Cancel(id, nil)                       // want `op release stripe paymentintent.Cancel id=id$`
	sc.V1PaymentIntents.Cancel(ctx, id, nil) // want `op release stripe V1PaymentIntents.Cancel id=id$`
}

func apiClient(sc *client.API, id string) { // want `wrapper apiClient write\|create\|read stripe paymentintent.New autokey$`
	sc.PaymentIntents.New(&stripe.PaymentIntentParams{}) // want `op write\|create stripe paymentintent.New autokey$`
	sc.PaymentIntents.Get(id, nil)                       // want `op read stripe paymentintent.Get id=id$`
	sc.CheckoutSessions.Get(id, nil)                     // want `op read stripe session.Get id=id$`
	sc.Refunds.New(&stripe.RefundParams{})               // want `op write\|create stripe refund.New autokey$`
}

func stripeClient(ctx context.Context, sc *stripe.Client, id string) { // want `wrapper stripeClient write\|create\|read stripe V1PaymentIntents.Create autokey$`
	sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{}) // want `op write\|create stripe V1PaymentIntents.Create autokey$`
	sc.V1PaymentIntents.Confirm(ctx, id, nil)                            // want `op write stripe V1PaymentIntents.Confirm autokey id=id$`
	sc.V1PaymentIntents.Capture(ctx, id, nil)                            // want `op write stripe V1PaymentIntents.Capture autokey id=id$`
	sc.V1PaymentIntents.Retrieve(ctx, id, nil)                           // want `op read stripe V1PaymentIntents.Retrieve id=id$`
	sc.V1CheckoutSessions.Create(ctx, nil)                               // want `op write\|create stripe V1CheckoutSessions.Create autokey$`
	sc.V1CheckoutSessions.Retrieve(ctx, id, nil)                         // want `op read stripe V1CheckoutSessions.Retrieve id=id$`
	sc.V1Refunds.Create(ctx, nil)                                        // want `op write\|create stripe V1Refunds.Create autokey$`
	sc.V1Charges.Create(ctx, nil)                                        // want `op write\|create stripe V1Charges.Create autokey$`
	sc.V1Invoices.Pay(ctx, id, nil)                                      // want `op write stripe V1Invoices.Pay autokey id=id$`
}

func keys(ctx context.Context, sc *stripe.Client, orderID string) { // want `wrapper keys write\|create stripe paymentintent.New keyparam=2 autokey$`
	// composite literal
	p1 := &stripe.PaymentIntentParams{Params: stripe.Params{IdempotencyKey: stripe.String("pi-" + orderID)}}
	paymentintent.New(p1) // want `op write\|create stripe paymentintent.New key=IdempotencyKey keyparam=2 autokey$`

	// SetIdempotencyKey with a fresh value
	p2 := &stripe.PaymentIntentCreateParams{}
	p2.SetIdempotencyKey(uuid.NewString())
	sc.V1PaymentIntents.Create(ctx, p2) // want `op write\|create stripe V1PaymentIntents.Create key=IdempotencyKey fresh=1 autokey$`

	// field assignment through the embedded Params
	p3 := &stripe.ChargeParams{}
	p3.IdempotencyKey = stripe.String(stripe.NewIdempotencyKey())
	charge.New(p3) // want `op write\|create stripe charge.New key=IdempotencyKey fresh=1 autokey$`

	p4 := &stripe.RefundParams{}
	p4.Params.IdempotencyKey = &orderID
	refund.New(p4) // want `op write\|create stripe refund.New key=IdempotencyKey keyparam=2 autokey$`
}

// A wrapper whose params come from the caller: the key travels with them.
func create(p *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) { // want `wrapper create write\|create stripe paymentintent.New keyparam=0 autokey$`
	return paymentintent.New(p) // want `op write\|create stripe paymentintent.New key=IdempotencyKey keyparam=0 value=\? autokey$`
}

func callsCreate(orderID string) { // want `wrapper callsCreate write\|create stripe paymentintent.New keyparam=0 autokey$`
	p := &stripe.PaymentIntentParams{}
	p.SetIdempotencyKey(orderID)
	create(p)                             // want `op write\|create stripe82.create \(stripe paymentintent.New\) key=IdempotencyKey keyparam=0 autokey via=create$`
	create(&stripe.PaymentIntentParams{}) // want `op write\|create stripe82.create \(stripe paymentintent.New\) autokey via=create$`
}

func buildKeyed(orderID string) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{Amount: stripe.Int64(100)}
	p.SetIdempotencyKey(uuid.NewString())
	return p
}

func buildPlain() *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{Amount: stripe.Int64(100)}
}

func builders(ctx context.Context, sc *stripe.Client) { // want `wrapper builders write\|create stripe paymentintent.New haskey freshkey autokey$`
	paymentintent.New(buildKeyed("o1")) // want `op write\|create stripe paymentintent.New key=IdempotencyKey freshcallee value=\? autokey$`
	p := buildPlain()
	paymentintent.New(p) // want `op write\|create stripe paymentintent.New autokey$`
	var holder struct{ P *stripe.PaymentIntentParams }
	paymentintent.New(holder.P) // want `op write\|create stripe paymentintent.New key=IdempotencyKey value=\? autokey$`
}
