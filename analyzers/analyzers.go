// Package analyzers is the registry of paylint's rules.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/idempotency"
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
