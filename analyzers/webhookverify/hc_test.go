package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// TerminalStates: a payment webhook that stores a cancelled state
// with the verifier's verdict only logged, or a reversed one with no
// check at all, acts on the payment; an unverified failure, a verified
// refund and a failed delivery stay silent.
var _ = cases.Add(webhookverify.Analyzer, "TerminalStates", "wirehooks/hc/vfyterminal")
