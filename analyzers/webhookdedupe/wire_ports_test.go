package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// WiredPorts: a verified top-up webhook (package hooks) settles
// through a port with no duplicate guard; hooks.Mount stores the port it
// is handed in the handler's field and returns nothing, and
// topups.NewLedger returns the interface: the binding package sees the
// implementation through what Mount stores and what NewLedger returns
// (a ledger crediting the balance on every call), reported there. Silent:
// a constructor returning a logger, one returning either implementation,
// a register function storing a wrapper of its parameter.
var _ = cases.Add(webhookdedupe.Analyzer, "WiredPorts", "wirehooks/ports/...")
