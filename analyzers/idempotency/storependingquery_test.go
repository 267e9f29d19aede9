package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// StorePendingQuery: passes of one package over invoices a store of
// another package selects by a pending status (its query's text and
// its name, Due or Arrears, out of sight), run by a robfig/cron
// schedule of a third — by a closure that calls the pass, or from a
// table of jobs a closure calls by field (j.run(ctx)): a GoCardless
// create with the SDK's own random key, and one keyed by a uuid drawn on
// every run, reported where the schedule runs them. Silent: the create
// keyed by the invoice id, a claim of the invoice before the create,
// refunds over cancelled invoices (no pending state selected), and the
// same unkeyed pass that nothing schedules.
var _ = cases.Add(idempotency.Analyzer, "StorePendingQuery", "idempotency/storependingquery/...")
