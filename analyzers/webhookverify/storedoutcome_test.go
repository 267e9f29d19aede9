package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// StoredOutcomeS17: chi Stripe endpoints decoding stripe.Event by hand
// from the body, with no signature check, whose service maps the event's
// type to the cart's outcome through a classifier and saves the record
// whole in a generic document collection of the shop's own (Save in an
// Atomically closure), reported: on a webhook route, and on a route and a
// handler naming nothing, known by the Stripe event decoded. Silent: the
// same after webhook.ConstructEvent on the raw body, the intent read back
// from Stripe and its own status mapped, a classifier knowing only the
// states before settlement, a handler behind chi r.With(verifying
// middleware), and the same service fed from a queue consumer and from a
// fixture file (no HTTP request).
var _ = cases.Add(webhookverify.Analyzer, "StoredOutcomeS17", "s17hooks/billing", "s17hooks/docs")

// ProviderEnvelopeS17: gin handlers decoding Adyen's notification batch
// into the shop's own envelope holding the SDK's NotificationRequestItem,
// with no HMAC, and upserting each booking with the state a classifier
// gives its event code and success flag (a keyed literal handed to a
// generic table's Upsert), reported: on /adyen/notifications, and on
// /psp/adyen by the SDK item the envelope holds. Silent: a mail relay's
// delivery status upserted the same way, a back-office replay of a saved
// batch, and a guest's hold request carrying an SDK amount that no
// provider posts.
var _ = cases.Add(webhookverify.Analyzer, "ProviderEnvelopeS17", "s17hooks/stays")
