// Package keyed: a Stripe webhook in the shop's own framework that
// completes a setup-mode Checkout by creating the subscription before it
// answers, keyed by the session (a repeat returns the same subscription,
// but the delivery still waits on Stripe's API).
package keyed

import (
	"encoding/json"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/subscription"
	"github.com/stripe/stripe-go/v82/webhook"

	"k22subscribe/web"
)

// SetupCompleted handles checkout.session.completed.
func SetupCompleted(secret, price string) web.Handler {
	return func(c *web.Ctx) error {
		evt, err := webhook.ConstructEvent(c.Body(), c.GetHeader("Stripe-Signature"), secret)
		if err != nil {
			return c.Status(http.StatusBadRequest)
		}
		var s stripe.CheckoutSession
		if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
			return c.Status(http.StatusBadRequest)
		}
		if s.Mode != stripe.CheckoutSessionModeSetup {
			return c.Status(http.StatusOK)
		}
		params := &stripe.SubscriptionParams{
			Customer: stripe.String(s.Metadata["customer"]),
			Items:    []*stripe.SubscriptionItemsParams{{Price: stripe.String(price)}},
		}
		params.SetIdempotencyKey(s.ID)
		sub, err := subscription.New(params) // want `webhook handler calls the payment provider \(stripe subscription.New\) before answering`
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"subscription": sub.ID})
	}
}

// Mount registers the webhook.
func Mount(r *web.Router, secret, price string) {
	r.Post("/billing/stripe/webhook", SetupCompleted(secret, price))
}
