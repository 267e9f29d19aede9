package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// SweepTaskP13: a machinery task that takes no argument but a context
// sweeps the rows it selects itself, so every run repeats the write of a
// row left pending (retry/sweeptask.go): a payout sent through an
// interface (whose implementation the package sees, for a request type,
// but main hands over) under a uuid made on each run is reported where
// main binds the bank's client, and a refund POSTed directly with such a
// key at the send; a task handed the payout's id, a sweep keying each
// payout by its id, and a sweep marking the row sending first stay
// silent.
var _ = cases.Add(idempotency.Analyzer, "SweepTaskP13", "port13sweep/...")
