package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// MollieIDW24: fasthttp handlers of a car-sharing app's wallet, each
// served by main on a listener of its own (ListenAndServe: no path to
// read), known as Mollie's webhook by what they are posted: the form
// field id alone, handed to mollie-go's Payments.Get. The one crediting
// the wallet through a Balances port bound in main to a store raising
// balance_cents on every delivery reported at the binding. Silent: the
// one recording the payment id first through a Ledger (ON CONFLICT DO
// NOTHING, rows affected), the kiosk's own form posting the id beside an
// amount, and the rider's browser coming back with the id in the query.
var _ = cases.Add(webhookdedupe.Analyzer, "MollieIDW24", "w24mollieid/...")
