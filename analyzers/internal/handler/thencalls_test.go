package handler_test

import (
	"github.com/paylint/paylint/analyzers/internal/handler"
)

// FactoryFacts: the summaries of package mw (thencalls.go) — a
// middleware factory whose returned middleware (a literal, a local func,
// a method value) verifies carries a MiddlewareFact, a logging one or one
// that verifies on some returns only does not; a helper that verifies
// before calling its callback (or handler) is verified at that parameter,
// one that calls it first, on failure too or after a logged verdict is
// unverified, one behind a check paylint cannot judge is verified.
var _ = cases.Add(handler.Analyzer, "FactoryFacts", "webhookverify/factory/mw")
