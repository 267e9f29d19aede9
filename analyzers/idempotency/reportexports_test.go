package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// ReportExports: a resty client that retries sends a settlement, pays a
// statement and pays the open statements ("/v1/statements/pay": an action
// verb, no report's kind) without a key (reported), and asks for reports and exports
// about payments (POST /reports/settlements, /v1/exports/payments,
// /v1/payouts/reports, /v1/reporting/refunds): the payment word names the
// report's kind, no money moves, silent.
var _ = cases.Add(idempotency.Analyzer, "ReportExports", "reportexports")
