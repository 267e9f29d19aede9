package retrybackoff_test

import "github.com/paylint/paylint/analyzers/retrybackoff"

// VerifyReadF20: a gateway's verify actions read a charge through a resty
// helper (GET /charges/{id}/verify, GET /charges/verify_by_reference
// with the merchant's reference set by SetQueryParam): retried by
// retry-go every 200ms and by a hand loop every 300ms, reported; a path
// under the verify action (…/verify/documents), the reference as a
// list's filter and a two-parameter search on the verify path silent.
var _ = cases.Add(retrybackoff.Analyzer, "VerifyReadF20", "f20verify/backoff")
