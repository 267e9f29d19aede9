package webhookverify

// IfaceEffects: use cases behind interfaces in webhooks (an
// implementation in the package that stores the paid state; a use case
// named as a payment state and handed the event, in a webhook known as a
// payment provider's by other signs) are the webhook's effects;
// look-alikes (a mail, a record of the event, a query, a query parameter,
// a webhook with no payment sign, an unseen implementation with no sign, a
// verified webhook, an account route) stay silent.
var _ = cases.Add(Analyzer, "IfaceEffects", "ifacehooks/delivery", "ifacehooks/local")
