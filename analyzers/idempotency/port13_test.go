package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// PortRowsViaMethodP13: a worker's pass over unpaid rows calls a method
// of its own type per row, and that method makes the payment call
// through an interface only main binds (retry/callers.go): the
// keyless Mollie-style client bound to a ticker worker is reported at
// the binding, as is the Adyen-style client handed a uuid made in the
// per-row method; the same worker bound to the Adyen-style client keyed
// by the renewal's id (cmd/renewkeyed), a worker that marks the row
// processing before collecting, one pass run once, and a reminder bound
// to a mailer of the same shape stay silent.
var _ = cases.Add(idempotency.Analyzer, "PortRowsViaMethodP13", "port13rows/...")
