package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// SchedulerOptions: passes over pending payouts of one package handed to
// a scheduler of another through its options (WithNightly(name, run)
// stores run in a map that a robfig/cron job ranges over; Ticker.Add
// appends it to a list that a ticker loop runs): a pass whose transfer
// has no key and whose failure is only logged leaves the row pending,
// and the next tick pays it again; reported at the reference main hands
// over, also inside a closure. Silent: the payout's id as the key, a
// claim before the transfer, a pass that only reads statuses, and a
// start-up hook the scheduler runs once.
var _ = cases.Add(idempotency.Analyzer, "SchedulerOptions", "scheduleroptions/...")
