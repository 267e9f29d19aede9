package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// XenditPayoutRetry: a payroll service retrying Xendit payouts: a v6
// PayoutApi.CreatePayout whose IdempotencyKey is a uuid made on every
// attempt, a v1 disbursement.Create sent without CreateParams'
// IdempotencyKey, and a v1 invoice.Create (no key exists for invoices):
// reported. Silent: a v7 payout built once with a key from the
// timesheet's id and executed on every attempt, and a v1 disbursement
// whose IdempotencyKey is the timesheet's id.
var _ = cases.Add(idempotency.Analyzer, "XenditPayoutRetry", "xenditpayoutretry")
