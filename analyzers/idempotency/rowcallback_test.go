package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// RowCallback: nightly passes whose row loop is a callback helper of
// their package (it pages through a store's invoices, or lists them, and
// calls its func parameter on each row), the status selected an
// argument bound to the store query's `status = $1` / `state = ?`
// placeholder, the passes run by a robfig/cron table (p.run(ctx)) or a
// closure: a GoCardless create with the SDK's random key over "open"
// invoices, and one keyed by a uuid drawn on every run over "queued"
// ones, reported. Silent: the create keyed by the invoice id, a claim
// before the create, the same helper over "paid" invoices, the helper
// handed a reminder mail, and an unkeyed pass nothing schedules.
var _ = cases.Add(idempotency.Analyzer, "RowCallback", "idempotency/rowcallback/...")
