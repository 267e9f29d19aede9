package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// TraceKeys: a transfer's TraceId and merchant_order_id are the
// provider's own reference; a tracing header or a constant is not.
var _ = cases.Add(idempotency.Analyzer, "TraceKeys", "idempotency/tracekeys")
