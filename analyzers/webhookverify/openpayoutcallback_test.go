package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// OpenPayoutCallback: a payout bank's callback on an open route (no
// middleware, no user of the app or credential header read) stores the
// status its body posts (paid, returned, failed) on a commission's or a
// transfer's row through a store of another package (pgx, database/sql),
// with no signature check: the poster picks the payout's state. Silent:
// the same write after an HMAC check, a delivery's processing status, and
// a back-office route storing a payout's status.
var _ = cases.Add(webhookverify.Analyzer, "OpenPayoutCallback", "openpayoutcallback/...")
