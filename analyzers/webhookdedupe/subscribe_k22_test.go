package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// SubscriptionCreateK22: a Stripe webhook in a shop's own framework
// creating the tenant's subscription with stripe-go's subscription.New and
// no key on every delivery of a setup-mode Checkout (a second
// subscription billed): reported. Silent: the create made in a goroutine
// after a check of the tenant's stored plan status.
var _ = cases.Add(webhookdedupe.Analyzer, "SubscriptionCreateK22", "k22subscribe/web", "k22subscribe/hooks")
