package retrystatus_test

import "github.com/paylint/paylint/analyzers/retrystatus"

// U12ErrMaker: a retry-go or cenkalti/backoff operation returning, for
// every non-2xx answer of a capture or refund POST, the error of a helper
// that makes a new error on every path (a value of its error type, or
// another such helper's, or fmt.Errorf) retries the refusals; a helper
// marking refusals backoff.Permanent, one returning nil on 409 and a
// maker returned only for 5xx/429 stay silent.
var _ = cases.Add(retrystatus.Analyzer, "U12ErrMaker", "retrystatus/u12/errmaker")
