package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// EnvelopeLedgerB26: an exported ServeHTTP type, unrouted in its package,
// inserting a ledger row whenever the bank's event says its payment
// settled (the state inside an envelope, ev.Data.Payment.State) reported;
// the row keyed by the event id with ON CONFLICT DO NOTHING silent.
var _ = cases.Add(webhookdedupe.Analyzer, "EnvelopeLedgerB26", "b26ledger/...")
