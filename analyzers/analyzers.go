// Package analyzers is the registry of paylint's rules.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/idempotency"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/pollbound"
	"github.com/paylint/paylint/analyzers/pollcreate"
	"github.com/paylint/paylint/analyzers/pollinterval"
	"github.com/paylint/paylint/analyzers/redirectfulfill"
	"github.com/paylint/paylint/analyzers/retrybackoff"
	"github.com/paylint/paylint/analyzers/retrystatus"
	"github.com/paylint/paylint/analyzers/webhookack"
	"github.com/paylint/paylint/analyzers/webhookdedupe"
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// All returns paylint's analyzers in a stable order: the order of the
// README's rule table, which is also the order of -list and SARIF rules.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		idempotency.Analyzer,
		pollcreate.Analyzer,
		pollinterval.Analyzer,
		pollbound.Analyzer,
		redirectfulfill.Analyzer,
		webhookverify.Analyzer,
		retrystatus.Analyzer,
		retrybackoff.Analyzer,
		webhookdedupe.Analyzer,
		webhookack.Analyzer,
	}
}

// ByName returns the analyzer with that name, or nil.
func ByName(name string) *analysis.Analyzer {
	for _, a := range All() {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// KnownLibrary reports whether the package at path belongs to a library
// paylint knows (an SDK, HTTP, retry, id, web-framework, database, chain
// or infrastructure module). Its code is never a merchant's flow: the
// models make no fact about it (their knowledge of it is data), so a go
// vet unit of such a dependency only exports its types.
func KnownLibrary(path string) bool { return payment.Library(path) }
