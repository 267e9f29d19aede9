package idempotency

import (
	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer is the idempotency rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "idempotency",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	// TODO: placeholder until the rule lands.
	return nil, nil
}
