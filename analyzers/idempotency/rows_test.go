package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// Rows: workers that re-select pending rows on every pass repeat
// the payment write; the key must come from the row.
var _ = cases.Add(idempotency.Analyzer, "Rows", "idempotency/rows", "idempotency/jobs", "idempotency/rowscall", "idempotency/formgateway", "idempotency/rowsfunc")
