package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// DepositStatusHooks: a Stripe webhook that skips the signature check when
// its secret is empty, storing through a store method that writes the
// status it is handed and stamps paid_at only on its `status == "paid"`
// branch (or after `if state != StatusPaid { …; return }`). Reported: the
// store handed "paid" or the named paid constant, a store that writes paid
// whatever it is handed, and a status that is no constant (the metadata's:
// paylint cannot tell the branch). Silent: the same store handed "failed",
// and a helper of the handler's package handing its own parameter on to
// the store, called with "pending" (the caller's constant never takes the
// paid branch).
var _ = cases.Add(webhookverify.Analyzer, "DepositStatusHooks", "depositstatushooks/...")
