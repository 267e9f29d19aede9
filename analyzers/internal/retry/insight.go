package retry

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// judgedHere: the payment model made call an op of this package (its
// visible implementations agree and are designated for the interface),
// so the rules judge it where it is. An implementation merely in sight
// (jobs imports baas for a request type, main hands baas.Client over as
// jobs.Bank) makes no op: the binding judges it, as for one out of sight.
func judgedHere(pass *analysis.Pass, call *ast.CallExpr) bool {
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	return info != nil && info.Of(call) != nil
}
