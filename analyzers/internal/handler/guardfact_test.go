package handler_test

import (
	"github.com/paylint/paylint/analyzers/internal/handler"
)

// GuardHelperFacts: the functions of an idempotency or store package
// whose answer is a duplicate guard, and only those, get a
// GuardHelperFact (guardfact.go).
var _ = cases.Add(handler.Analyzer, "GuardHelperFacts", "webhookdedupe/guardsx/idem", "webhookdedupe/guardsx/inbox", "webhookdedupe/guardsx/ledger")
