package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// MachinerySignature: machinery tasks whose signatures are made by
// tasks.NewSignature and given their retries afterwards (sig.RetryCount
// = 3, or a named constant): a payout keyed by the time of the run and
// one keyed by a fresh uuid are reported (each delivery is a new
// payout). Silent: the retried task keyed by its arguments, a task sent
// with RetryCount 0, one sent with no RetryCount, and one whose sibling
// signature (another task name) is the one given retries.
var _ = cases.Add(idempotency.Analyzer, "MachinerySignature", "idempotency/machinerysignature/...")
