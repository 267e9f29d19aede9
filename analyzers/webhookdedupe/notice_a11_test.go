package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// NoticeA11: a provider's state event decoded by a handler nothing
// in its package calls a webhook is one where server mounts it on a POST
// webhook route; the payout it stores idempotently is looked up by the
// event's reference, and the recipient texted through a Notifier bound
// to an SMS sender on every delivery: reported at the binding. Silent for webhookdedupe:
// the text after an INSERT … ON CONFLICT DO NOTHING claim of the event
// id, after a transition whose RowsAffected is tested (both still slow
// before the answer: webhookack/notice_a11_test.go), and the notifier
// bound to a cheap update.
var _ = cases.Add(webhookdedupe.Analyzer, "NoticeA11", "a11notice/payoutevt", "a11notice/texter", "a11notice/server")
