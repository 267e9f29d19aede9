// Package hooks: Stripe webhooks in the shop's own framework completing
// a setup-mode Checkout by creating the tenant's subscription.
package hooks

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/subscription"
	"github.com/stripe/stripe-go/v82/webhook"

	"k22subscribe/web"
)

func session(c *web.Ctx, secret string) (*stripe.CheckoutSession, bool) {
	evt, err := webhook.ConstructEvent(c.Body(), c.GetHeader("Stripe-Signature"), secret)
	if err != nil {
		return nil, false
	}
	var s stripe.CheckoutSession
	if err := json.Unmarshal(evt.Data.Raw, &s); err != nil {
		return nil, false
	}
	return &s, s.Mode == stripe.CheckoutSessionModeSetup
}

func params(s *stripe.CheckoutSession, price string) *stripe.SubscriptionParams {
	return &stripe.SubscriptionParams{
		Customer: stripe.String(s.Metadata["customer"]),
		Items:    []*stripe.SubscriptionItemsParams{{Price: stripe.String(price)}},
	}
}

// Subscribe creates the subscription with no key, before answering: a
// repeated delivery bills a second subscription.
func Subscribe(secret, price string) web.Handler {
	return func(c *web.Ctx) error {
		s, ok := session(c, secret)
		if !ok {
			return c.Status(http.StatusBadRequest)
		}
		sub, err := subscription.New(params(s, price)) // want `webhook handler (calls the payment provider \(stripe subscription.New\) before answering|sends a payment write \(stripe subscription.New\) on every delivery)`
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"subscription": sub.ID})
	}
}

// SubscribeOnce answers first; a goroutine creates the subscription
// unless the tenant's stored plan is already active (silent).
func SubscribeOnce(db *sql.DB, secret, price string) web.Handler {
	return func(c *web.Ctx) error {
		s, ok := session(c, secret)
		if !ok {
			return c.Status(http.StatusBadRequest)
		}
		var plan string
		if err := db.QueryRow("SELECT plan_status FROM tenants WHERE customer = $1", s.Metadata["customer"]).Scan(&plan); err != nil {
			return err
		}
		if plan == "active" {
			return c.Status(http.StatusOK)
		}
		go func() {
			sub, err := subscription.New(params(s, price))
			if err != nil {
				log.Printf("subscribe: %v", err)
				return
			}
			if _, err := db.Exec("UPDATE tenants SET subscription_id = $1, plan_status = 'active' WHERE customer = $2", sub.ID, s.Metadata["customer"]); err != nil {
				log.Printf("store subscription: %v", err)
			}
		}()
		return c.Status(http.StatusOK)
	}
}

// Mount registers the webhooks.
func Mount(r *web.Router, db *sql.DB, secret, price string) {
	r.Post("/billing/stripe/webhook", Subscribe(secret, price))
	r.Post("/billing/stripe/webhook/v2", SubscribeOnce(db, secret, price))
}
