package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// FallthroughVerdict: a webhook whose failed verification only logs, or
// writes 400 and falls through, then stores a terminal payment state
// through a store method of another package (ledger.Orders.MarkRefunded,
// a constant UPDATE; MarkChargedBack, a constant handed to the store's
// own status setter: payment.TerminalStateFact): reported (gin with
// stripe-go's ConstructEvent, net/http with a hand-written HMAC).
// Silent: the failure branch returning after writing 400, after
// AbortWithStatus, after a log, after http.Error; a mismatch that
// panics; and an audit log's row written after an unchecked verdict.
var _ = cases.Add(webhookverify.Analyzer, "FallthroughVerdict", "fallthroughverdict/...")
