package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// RetrySlowI16: a gin Stripe webhook dispatching a paid order, before it
// answers, through a Dispatcher main binds to a warehouse client whose
// POST is retried with growing waits by the shop's own helper
// (kit.Attempt, in another package), reported at the binding; the same
// client held in a concrete field, reported at the call. Silent: the
// helper retrying an outbox INSERT (a retried local write waits only on
// failure), an in-memory queue, a dispatcher whose post a helper retries
// in a goroutine of its own (kit.Detach answers nothing), a handler type
// main builds with the client and with the queue, and the dispatch made
// in a goroutine after the answer.
var _ = cases.Add(webhookack.Analyzer, "RetrySlowI16", "i16retryslow/...")
