package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// SubscriptionCreateK22: Stripe webhooks in a shop's own framework
// (func(*web.Ctx) error, the context wrapping the writer and the request)
// completing a setup-mode Checkout by creating the subscription with
// stripe-go's subscription.New before answering — a provider write,
// keyed by the session or not: reported. Silent: the subscription created
// in a goroutine after the answer.
var _ = cases.Add(webhookack.Analyzer, "SubscriptionCreateK22", "k22subscribe/...")
