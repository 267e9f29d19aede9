package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// VerifyPageG17: a courier's return page (net/http, mounted elsewhere)
// that hands the path's id and the query's outcome to a store method
// named VerifyPayment or ConfirmPayment is no webhook, and its
// `status == ""` test no secret's emptiness: a check handed only what the
// URL carries verifies no sender (silent here; redirectfulfill reports
// such pages, g17verifypage). A support desk's setter is silent too. The
// courier's POST webhook checking its MAC only when the secret is set
// still fails open, reported.
var _ = cases.Add(webhookverify.Analyzer, "VerifyPageG17", "g17verifyhook/...")
