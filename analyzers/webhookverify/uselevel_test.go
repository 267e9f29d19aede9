package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// UseCasePortsD12: a gin handler that decodes a settlement event and
// calls a use case through an interface field, verifying nothing, where
// the use case (billing.Service) itself acts only through its own port
// (a Ledger interface: nothing in its package shows the paid state), both
// levels bound in main to a Postgres ledger storing the paid state:
// reported at the open mount. Silent: the same handler behind a signing
// group; the use case bound to a ledger that only logs; built twice with
// ledgers that disagree; handed a ledger from a function returning the
// interface (not resolved); an echo handler that checks the HMAC itself.
var _ = cases.Add(webhookverify.Analyzer, "UseCasePortsD12", "d12ports/...")
