package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// TxSlowS23: chi Paystack top-up webhooks crediting the group's points
// service over HTTP inside a gorm transaction, before the 200: through
// db.Transaction in a method of the package and through the app's own
// runner (inTx) handed a literal, reported; the credit written to an
// outbox inside the transaction and a credit handed to a runner that
// starts a goroutine silent.
var _ = cases.Add(webhookack.Analyzer, "TxSlowS23", "s23txslow/...")
