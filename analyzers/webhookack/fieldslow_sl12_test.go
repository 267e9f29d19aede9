package webhookack_test

import (
	"github.com/paylint/paylint/analyzers/webhookack"
)

// FieldSlowSL12: a gin handler known as an acquirer's refund webhook only
// where it is mounted posts to the finance chat through a field holding
// another package's concrete notifier (http.Client.Do) before it answers:
// reported where the mount binds the notifier (app). Silent: the same
// post after the answer (Late), in a goroutine (Async), a notice only
// queued in memory (Digest), the notice mounted on an internal API route
// (appapi), and a CI build webhook posting to the chat (appci: no payment
// event).
var _ = cases.Add(webhookack.Analyzer, "FieldSlowSL12", "sl12fieldslow/chat", "sl12fieldslow/refundhook", "sl12fieldslow/app",
	"sl12fieldslow/appapi", "sl12fieldslow/cihook", "sl12fieldslow/appci")
