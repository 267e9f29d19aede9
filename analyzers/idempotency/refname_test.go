package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RefNameFP15K: a body field naming the request's own reference
// (transactionReference, client_request_id) whose value is made once
// from the caller's id, in a resty map body or a marshalled struct, is
// the retried write's key: silent. The same field rebuilt per attempt
// with time.Now(), a constant in it, the id in a memo field, and such a
// field on a client whose other requests carry an Idempotency-Key
// header, are retries without a key: reported.
var _ = cases.Add(idempotency.Analyzer, "RefNameFP15K", "fp15k/refname")
