package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// BotPaymentBranch: a Telegram bot takes chat commands and Stars payments
// on one webhook and dispatches on what the update carries; the finding
// names the slow call on the payment's branch, not the first in source
// order (handler/paybranch.go, processpath.go). Reported: a gin handler
// whose switch sends the chat branch to a method replying over the Bot
// API and the payment branch to one that credits and then confirms over
// it (named at the payment branch's call); net/http handlers whose chat
// branch comes first, and whose payment branch (an else-if, a switch's
// default) marks the order paid and provisions at a third party before
// answering. Silent: the same bot whose payment branch stores the payment
// and queues its confirmation (the one slow call is a chat reply on a
// branch that never handles a payment), and the if-else form of it.
var _ = cases.Add(webhookack.Analyzer, "BotPaymentBranch", "botpaybranch/...")
