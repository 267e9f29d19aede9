package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// TokenHeaderFP15K: a header of an unknown name that the request's
// builder stamps with a new value on every request, and that each
// attempt then overwrites, in the same block, with a value derived from
// the caller's payout (a field of a parameter, or a parameter) is the
// write's key: silent. Keeping the builder's token, overwriting it with
// a new one per attempt, or sending the payout's id under another header
// is a retry without a key: reported.
var _ = cases.Add(idempotency.Analyzer, "TokenHeaderFP15K", "fp15k/tokenheader")
