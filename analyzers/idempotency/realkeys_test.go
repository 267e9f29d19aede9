package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// RealKeys: retries keyed by the field the provider dedupes on
// (out_trade_no, sender_batch_id, correlationID, reference).
var _ = cases.Add(idempotency.Analyzer, "RealKeys", "idempotency/realkeys")
