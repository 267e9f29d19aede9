package retry

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a helper whose retry library runs a closure around its callback ----------
//
// A generic retry helper often wraps its callback in the closure it hands
// to the library, to sort its errors or log them:
//
//	func Retry[T any](ctx context.Context, name string, op func() (T, error)) (T, error) {
//		return backoff.Retry(ctx, func() (T, error) {
//			v, err := op()
//			if err == nil { return v, nil }
//			…
//			return v, err
//		}, backoff.WithMaxTries(5))
//	}
//
// The library runs the closure, and so the callback, again after every
// error the closure returns: the helper repeats its callback as if it
// handed it to the library itself, with the library's wait and bound.
// Only a closure that is the library's operation argument, calls the
// parameter itself (not in a nested closure) and returns what the call
// answered (its error, or the call) counts. A closure that branches on
// the failure (backoff.Permanent for a client error) leaves unknown which
// failures go round.

// closureLibrary returns the retry library call whose operation is the
// closure of c's body around call, when that closure returns call's
// answer; nil otherwise.
func (r *Result) closureLibrary(c candidate, call *ast.CallExpr) *ast.CallExpr {
	info := r.pass.TypesInfo
	var found *ast.CallExpr
	ast.Inspect(c.decl.Body, func(n ast.Node) bool {
		lib, ok := n.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		spec := r.library(lib)
		if spec == nil || spec.arg >= len(lib.Args) {
			return true
		}
		lit, ok := ast.Unparen(lib.Args[spec.arg]).(*ast.FuncLit)
		if !ok || !within(call, lit.Body) || inNestedLit(lit, call) {
			return true
		}
		if returnsAnswer(info, lit, call) {
			found = lib
		}
		return true
	})
	return found
}

// inNestedLit: call lies in a function literal inside lit.
func inNestedLit(lit *ast.FuncLit, call *ast.CallExpr) bool {
	nested := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if l, ok := n.(*ast.FuncLit); ok && within(call, l.Body) {
			nested = true
		}
		return !nested
	})
	return nested
}

// returnsAnswer: a return statement of lit (not of a nested literal)
// returns call itself or a variable call's results are assigned to.
func returnsAnswer(info *types.Info, lit *ast.FuncLit, call *ast.CallExpr) bool {
	vars := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					if o := info.ObjectOf(id); o != nil {
						vars[o] = true
					}
				}
			}
		}
		return true
	})
	ok := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, e := range n.Results {
				e = ast.Unparen(e)
				if e == call {
					ok = true
				}
				if id, isID := e.(*ast.Ident); isID && vars[info.ObjectOf(id)] {
					ok = true
				}
			}
		}
		return !ok
	})
	return ok
}

// closureSummary summarises c when one of calls runs inside the closure
// c hands to a retry library (see above), nil otherwise.
func (r *Result) closureSummary(c candidate, calls []*ast.CallExpr) *payment.HelperFact {
	for _, call := range calls {
		lib := r.closureLibrary(c, call)
		if lib == nil {
			continue
		}
		f, ctx := LibraryCall(r.pass.TypesInfo, lib)
		if f == nil {
			continue
		}
		id := ast.Unparen(call.Fun).(*ast.Ident)
		v := r.pass.TypesInfo.Uses[id].(*types.Var)
		f.Param = c.params[v]
		r.remap(f, c, lib)
		r.optionCtx(f, c, ctx)
		if spec := r.library(lib); testsFailure(lib.Args[spec.arg]) {
			// The closure sorts the failures (backoff.Permanent on some):
			// which ones go round is not read here, so the rules that
			// judge them stay silent (errfilter.go).
			r.errFilters[c.fn] = &ErrFilterFact{}
		}
		return f
	}
	return nil
}

// testsFailure: the closure e branches (an if or a switch) before
// returning, as a test of its callback's failure does.
func testsFailure(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok {
		return false
	}
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			found = true
		}
		return !found
	})
	return found
}
