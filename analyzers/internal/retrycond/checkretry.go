package retrycond

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// checkRetryFuncs reports a client's CheckRetry function (the retry
// model knows which clients decide by one, and where it is set), in a
// package whose payment requests are sent by such a client, that retries
// non-retryable statuses.
func checkRetryFuncs(pass *analysis.Pass, info *payment.Info, report func(Finding)) {
	keyed, any := true, false
	for _, op := range info.Ops {
		if retry.RetriesByCheckRetry(op.ClientRetries) && op.Kind.Any(payment.Write|payment.StatusRead|payment.Release) {
			any = true
			keyed = keyed && payment.KeyStableAcrossCalls(op)
		}
	}
	if !any {
		return
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			val := retry.CheckRetrySet(pass.TypesInfo, n)
			if val != nil && retry.NonPaymentClient(pass, info, n) {
				return true // another client's, sending no payment request
			}
			if lit := checkRetryLit(pass, val); lit != nil {
				if at, msg := judgeCheckRetry(pass, lit, keyed); at != nil {
					report(Finding{At: at, Kind: CheckRetry, Line: pass.Fset.Position(lit.Pos()).Line, Problem: msg})
				}
			}
			return true
		})
	}
}

// checkRetryLit returns the function literal or declaration a CheckRetry
// value is, as a *ast.FuncLit-like pair of type and body.
func checkRetryLit(pass *analysis.Pass, val ast.Expr) *ast.FuncLit {
	switch v := ast.Unparen(val).(type) {
	case *ast.FuncLit:
		return v
	case *ast.Ident:
		fn, ok := pass.TypesInfo.Uses[v].(*types.Func)
		if !ok || fn.Pkg() != pass.Pkg {
			return nil
		}
		if fd := funcs.Of(pass).Body(fn); fd != nil {
			return &ast.FuncLit{Type: fd.Type, Body: fd.Body}
		}
	}
	return nil
}

// judgeCheckRetry walks a CheckRetry(ctx, resp, err) body: return true
// retries, return false stops, handing the decision to the library's own
// policy (retry.LibraryCheckRetry) retries only what may change.
func judgeCheckRetry(pass *analysis.Pass, lit *ast.FuncLit, keyed bool) (ast.Node, string) {
	params := lit.Type.Params.List
	var names []*ast.Ident
	for _, p := range params {
		names = append(names, p.Names...)
	}
	if len(names) != 3 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, httpOutcomes)
	w.bind([]ast.Expr{names[1], names[2]}, lit.Body)
	if len(w.respVars) == 0 {
		return nil, ""
	}
	k := newWalker(w)
	k.ret = func(r *ast.ReturnStmt) verdict {
		switch len(r.Results) {
		case 1:
			if call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr); ok && retry.LibraryCheckRetry(pass.TypesInfo, call) {
				return stop
			}
		case 2:
			return boolLiteral(pass.TypesInfo, r.Results[0])
		}
		return unknown
	}
	k.retCond = func(r *ast.ReturnStmt) ast.Expr {
		if len(r.Results) == 2 {
			return r.Results[0] // a computed decision, evaluated per status
		}
		return nil
	}
	if _, err := k.stmts(lit.Body.List, w.all(), false); err != nil {
		return nil, ""
	}
	return httpVerdict(k, keyed, false)
}
