package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// CashVoucherHooks: a cash-voucher aggregator's notifications, routed in
// another package and known as payment webhooks by their body (a switch
// or test on the event type "voucher.paid": an object, then what happened
// to the money): a ledger line inserted on every delivery, and a wallet
// top-up after picking the region's account from a map keyed by a value
// of the event (a dispatch, no record of the delivery): reported. A
// ledger insert keyed by the voucher's unique id (ON CONFLICT DO
// NOTHING), and the top-up behind a map of seen event ids: silent.
var _ = cases.Add(webhookdedupe.Analyzer, "CashVoucherHooks", "cashvoucherhooks/...")
