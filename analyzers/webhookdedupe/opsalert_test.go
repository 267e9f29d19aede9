package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// OperationsAlerts: net/http Stripe listeners that mark an order paid and
// then message someone. To the customer the event names — an SMS to the
// phone in the payment's metadata, a Telegram message to the customer's
// chat, a receipt mailed to the order's address, a WhatsApp message whose
// number goes into the gateway's form — the message goes out again on
// every delivery, reported. To the merchant's own operations channels,
// whose recipient configuration fixes — a Telegram bot's configured
// chat (also on the error path), a Slack channel, an alert
// address from the environment — it is an internal alert, silent.
var _ = cases.Add(webhookdedupe.Analyzer, "OperationsAlerts", "opsalerts/...")
