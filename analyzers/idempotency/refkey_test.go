package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RefKeyM11: a reference field (reference, tx_ref) sent by a client
// type whose other requests carry an Idempotency-Key header is no key:
// the retried write is reported; a client type that never sets the
// header keeps its reference as key, so do free functions and writes
// with their own header.
var _ = cases.Add(idempotency.Analyzer, "RefKeyM11", "idempotency/m11refkey")
