package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// SeparatorDSPA: a dispatcher's POST to a two-word payment resource
// written with a hyphen (/v1/direct-debits) retried by its loop, whose
// request helper stamps a new key per request, reported at the send; the
// same dispatcher used only for GETs, POSTing to /v1/payment-methods
// (no money moves), and with the key made once before the loop silent.
var _ = cases.Add(idempotency.Analyzer, "SeparatorDSPA", "dspa/sep/...")
