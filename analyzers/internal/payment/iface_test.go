package payment_test

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ifaceDebug reports the ops of calls of interface methods (ifaceops.go),
// and the direct creates of package app (the fake's send), nothing else.
var ifaceDebug = &analysis.Analyzer{
	Name:     "ifaceopsdebug",
	Doc:      "reports the payment ops of interface method calls (test only)",
	Requires: []*analysis.Analyzer{payment.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[payment.Analyzer].(*payment.Info)
		var calls []*ast.CallExpr
		for c := range info.Ops {
			calls = append(calls, c)
		}
		sort.Slice(calls, func(i, j int) bool { return calls[i].Pos() < calls[j].Pos() })
		for _, c := range calls {
			switch op := info.Ops[c]; {
			case op.Via != nil && viaInterface(op.Via):
				pass.Reportf(c.Pos(), "%s", describeOp(op))
			case op.Via == nil && op.Kind.Has(payment.Create) && pass.Pkg.Path() == "model/ifaceops/app":
				// the fake's own send is an op: only the interface
				// call is not
				pass.Reportf(c.Pos(), "op %s %s", kinds(op.Kind), op.Desc)
			}
		}
		return nil, nil
	},
}

func viaInterface(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type())
}

// InterfaceOps: a call of an interface method is the op its visible
// implementations agree on; disagreeing implementations, test doubles, no
// visible implementation and the standard library's interfaces give none.
var _ = cases.Add(ifaceDebug, "InterfaceOps", "model/ifaceops/gw", "model/ifaceops/app")
