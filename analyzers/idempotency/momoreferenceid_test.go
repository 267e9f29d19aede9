package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// MoMoReferenceIDPerAttempt: MTN MoMo keys a requesttopay, a
// disbursement transfer (deposit, refund, remittance) by the
// X-Reference-Id header the caller chooses (payment/momokey.go): drawn
// inside each backoff attempt, or on every pass of a loop as the
// argument of a wrapper that sets it, reported. The reference drawn once
// before the retry, drawn only on the first attempt, the installment
// row's id, a retried status read, a sandbox API user registered with a
// fresh id and a debit sent once stay silent.
var _ = cases.Add(idempotency.Analyzer, "MoMoReferenceIDPerAttempt", "momoreferenceid/...")
