package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// PostedPayoutStatus: a payout rail's callback stores the status the
// body posts (paid, failed, returned) through a store of another package
// that writes it to a payout's or a transfer's status column (GORM
// Updates of a map, a database/sql UPDATE), before its signature check,
// or with the check's verdict only logged: reported. The same write after
// the check, and a delivery's raw body and processing status kept before
// it, silent.
var _ = cases.Add(webhookverify.Analyzer, "PostedPayoutStatus", "postedpayoutstatus/...")
