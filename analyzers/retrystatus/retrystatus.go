package retrystatus

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
	"github.com/paylint/paylint/analyzers/internal/retrycond"
)

// Analyzer is the retrystatus rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "retrystatus",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, retry.Analyzer, poll.Analyzer, retry.ErrPorts, funcs.Analyzer},
	Run:      directive.CheckUnused(run),
}

func run(pass *analysis.Pass) (any, error) {
	directive.CheckIgnores(pass)
	if _, err := config.ForPass(pass); err != nil {
		return nil, err
	}
	nodes, msgs := retry.Bindings(pass) // a backoff op returning a port's error, bound here
	for i, n := range nodes {
		directive.Reportf(pass, n, "%s", msgs[i])
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil || !info.Relevant {
		return nil, nil
	}
	retries, _ := pass.ResultOf[retry.Analyzer].(*retry.Result)
	polls := map[ast.Node]bool{}
	if res, _ := pass.ResultOf[poll.Analyzer].(*poll.Result); res != nil {
		for _, l := range res.Loops {
			polls[l.Node] = true // reading until final is polling, not retrying
		}
	}
	for _, f := range retrycond.Check(pass, info, retries, polls) {
		switch f.Kind {
		case retrycond.CheckRetry:
			directive.Reportf(pass, f.At, "payment requests are retried by the retryablehttp client's CheckRetry (line %d): %s", f.Line, f.Problem)
		case retrycond.RestyCondition:
			directive.Reportf(pass, f.At, "payment requests are retried by the resty client's retry condition (line %d): %s", f.Line, f.Problem)
		default:
			directive.Reportf(pass, f.At, "%s is retried by %s (line %d): %s", f.Desc, f.By, f.Line, f.Problem)
		}
	}
	return nil, nil
}
