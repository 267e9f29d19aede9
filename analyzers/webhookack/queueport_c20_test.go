package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// QueuePortC20: a gin Stripe webhook hands the receipt to
// JobQueue.SendReceipt, a port whose name says it queues work; the method
// name alone decides nothing. Bound in main to an asynq enqueue, silent;
// bound to an SMTP relay mailing the receipt, reported at the binding.
var _ = cases.Add(webhookack.Analyzer, "QueuePortC20", "c20queue/...")
