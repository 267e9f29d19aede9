package retry_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// ClientFields: clients that retry by themselves, held in struct
// fields and configured in constructors (of this package or another),
// make every send through the field a retried send.
var _ = cases.Add(idempotency.Analyzer, "ClientFields",
	"retry/crosspkgclient/gateway", "retry/crosspkgclient/billing")
