package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RetryFieldHelper: a retrier whose operation is a func-typed field its
// caller fills (retrykit.Retrier{Attempts, Delay, Do}, whose Run calls
// r.Do until it succeeds; payment.FieldHelperFact, retry/fieldhelper.go)
// retries the closure the caller's keyed literal stores in Do
// (retry/fieldcaller.go): a payout POST given a new uuid key on every
// attempt, reported. Silent: the payout's own key, a Once that calls its
// Do a single time, and a Do the caller replaces after the literal.
var _ = cases.Add(idempotency.Analyzer, "RetryFieldHelper", "retryfieldhelper/payouts")
