package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// NoticeA11: the payout state events of webhookdedupe/notice_a11
// (a handler known as a webhook by the POST webhook route serverack
// mounts it on) text the recipient through an SMS sender before they
// answer: reported at the binding, also after an event claim or a
// tested transition (the duplicate is guarded, the wait is not).
// Silent: the notifier bound to a cheap update.
var _ = cases.Add(webhookack.Analyzer, "NoticeA11", "a11notice/payoutevt", "a11notice/texter", "a11notice/serverack")
