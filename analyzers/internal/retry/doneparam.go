package retry

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a helper handed its done predicate as a parameter ----------------------
//
// A generic poll helper may take the test of what its callback fetched as
// a parameter of its own, beside the callback:
//
//	func WaitFor[T any](ctx context.Context, every time.Duration,
//		fetch func(context.Context) (T, error), done func(T) bool) (T, error) {
//		for {
//			v, err := fetch(ctx)
//			if err == nil && done(v) {
//				return v, nil
//			}
//			select { case <-ctx.Done(): return v, ctx.Err(); case <-t.C: }
//		}
//	}
//
// It is the parameter form of a field helper's Done (fieldhelper.go): the
// helper stops when done, handed a value the callback answered, says so
// in an if condition of the loop. The summary of the callback's call
// names that parameter (payment.HelperFact.DoneParam), and the caller's
// argument there is the status exit of its poll (poll/helper.go).

// doneParamCall returns the call of another func parameter of c, with
// one bool result, that an if condition of c's body (outside function
// literals) tests on a value the call of the callback answered (results:
// the variables it assigned); nil if none.
func (r *Result) doneParamCall(c candidate, call *ast.CallExpr, results map[types.Object]bool) (*ast.CallExpr, *types.Var) {
	info := r.pass.TypesInfo
	cb := r.paramVar(c, call.Fun)
	var found *ast.CallExpr
	var param *types.Var
	ast.Inspect(c.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			AnyCall(n.Cond, func(k *ast.CallExpr) bool {
				v := r.paramVar(c, k.Fun)
				if v == nil || v == cb || found != nil {
					return false
				}
				sig, _ := v.Type().Underlying().(*types.Signature)
				if sig == nil || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) || len(k.Args) == 0 {
					return false
				}
				for _, a := range k.Args {
					if id := RootIdent(a); id != nil && results[info.ObjectOf(id)] {
						found, param = k, v
						return true
					}
				}
				return false
			})
		}
		return found == nil
	})
	return found, param
}

// setDoneParam records in f the done predicate parameter of the shape's
// callback, when its test is inside the repeated region.
func (r *Result) setDoneParam(c candidate, s *shape, f *payment.HelperFact) {
	if f == nil || s.region == nil {
		return
	}
	done, v := r.doneParamCall(c, s.call, s.results)
	if done == nil || !within(done, s.region) {
		return
	}
	f.HasDoneParam, f.DoneParam = true, c.params[v]
}
