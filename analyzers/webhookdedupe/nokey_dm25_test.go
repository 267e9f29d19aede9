package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// KeylessProviderWriteDM25: a verified Stripe webhook that charges a card
// kept at Braintree on every delivery: reported, and the message does not
// advise an idempotency key braintree-go cannot send (record the event
// first); the stripe-go refund beside it keeps the advice to key the
// write by the event.
var _ = cases.Add(webhookdedupe.Analyzer, "KeylessProviderWriteDM25", "dm25nokey/...")
