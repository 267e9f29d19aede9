package payment

// stripeSubscription is stripe-go's subscription resource (checked:
// v82.5.1, v83.2.1, v85.2.0: subscription.New(params), Client.New and
// stripe.Client's V1Subscriptions.Create(ctx, params)). Creating a
// subscription bills its first invoice at once (charge_automatically, the
// default) against the customer's default payment method: it is a payment
// created, as a PaymentIntent's New is, and made twice it is a second
// subscription billed again. A webhook completing a setup-mode Checkout
// by creating the subscription server-side does exactly this before it
// answers. Only the create is listed: a subscription's reads and updates
// are not a payment's state.
var stripeSubscription = stripeResource{"subscription", "subscription", "Subscription", []stripeFunc{
	{"New", "Create", Write | Create, false},
}}
