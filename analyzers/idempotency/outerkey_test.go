package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// OuterKeyQ24: a bank client re-sending a disbursement itself with the
// caller's key, bound in main to an interface another package retries
// with cenkalti/backoff: a run handing it a reference a helper makes
// with a uuid on every attempt reported at the binding; a run keying by
// the row and the week's start, and one making the reference once before
// retrying, silent.
var _ = cases.Add(idempotency.Analyzer, "OuterKeyQ24", "q24outerkey/...")
