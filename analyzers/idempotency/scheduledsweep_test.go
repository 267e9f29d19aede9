package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// ScheduledSweep: an exported pass over pending fee rows in one package
// (select status = 'pending', charge each through checkout-sdk-go) run
// by a robfig/cron schedule in another — from a table of jobs a closure
// hands to a runner, or by a closure that calls it — repeats the charge
// of a row left pending: with no key (a network error skipped to the
// next run before the failure mark), or with a key made anew on every
// run; reported at the reference the schedule runs. Silent: the fee's
// own key, a claim before the charge, a failure mark on every failure,
// a pass that only reads, and a pass nothing schedules.
var _ = cases.Add(idempotency.Analyzer, "ScheduledSweep", "idempotency/scheduledsweep/...")
