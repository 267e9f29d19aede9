package webhookdedupe_test

import "github.com/paylint/paylint/analyzers/webhookdedupe"

// ScaledAmountCredit: a chi Revolut Business webhook turning the
// deposit's amount into cents (int64(math.Round(ev.Data.Amount*100)))
// and handing it, with a holder found by the reference, to a Wallets
// port bound in main to a gorm store raising the balance with
// gorm.Expr("balance + ?"): a balance raised on every delivery, reported
// at main's binding (the scaled amount is the event's value). Silent:
// the same port bound to a store that only enqueues an asynq task; a
// Ledger port bound to a journal inserting the event id ON CONFLICT DO
// NOTHING and raising the balance only when the insert took; and the
// incrementing store bound in a test file.
var _ = cases.Add(webhookdedupe.Analyzer, "ScaledAmountCredit", "topupcredit/...")
