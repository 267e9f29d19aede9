package idempotency_test

import (
	"github.com/paylint/paylint/analyzers/idempotency"
)

// FundingF12: an amount POSTed to a wallet's funding ("/v2/wallets/{id}/funding")
// retried by a loop with no key reported; the same load keyed once, and a
// funding source set with no amount (no money moved) silent.
var _ = cases.Add(idempotency.Analyzer, "FundingF12", "idempotency/f12funding/...")
