package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// MoneyMoved: payment states of money rows that are not "paid" words. A
// webhook that, after a signature mismatch it only logs, marks a commission
// funded by a charge 'released' (escrow paid on) or a trip carrying the
// PSP's authorization_id 'authorised' (a hold placed) is reported. Stock
// holds and queue jobs released, a budget row with no payment behind it
// released, an app install, an OAuth token and an expense authorised stay
// silent.
var _ = cases.Add(webhookverify.Analyzer, "MoneyMoved", "pv11fx/held/...")
