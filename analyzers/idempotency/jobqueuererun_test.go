package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// JobQueueRerun: hand-written job queues over a postgres table in one
// package, handlers registered on them from another. A queue whose
// runner calls the handler registered for the job's kind (a map filled
// by Register, or a func field set by NewWorker) and, when the handler
// returns an error, writes the job back to run again (attempts + 1 and
// run_at later, or state back to 'queued' or 'retry' — also after a
// runner that hands the handler's error back to its caller, return
// h(ctx, j)) repeats the handler's payment: a stripe-go PaymentIntent
// with no key (stripe-go draws a new one per call), a payout POST whose
// key is drawn in the handler, a top-up charged by a closure handed to
// NewWorker, a refund routed by Dispatcher.On. Silent: the key taken
// from the job's payload, a job that sends a mail, a handler that only
// logs a failed charge and returns nil, and a queue that marks a failed
// job dead instead of running it again.
var _ = cases.Add(idempotency.Analyzer, "JobQueueRerun", "jobqueuererun/...")
