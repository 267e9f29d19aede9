package retrycond

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A wrapper that returns an error for every 4xx/5xx answer
// (retry.StatusErrFact) may carry the status in an in-house error type
// (&APIError{Status: resp.StatusCode}); callers tell statuses apart by
// taking it out of the error: errors.As(err, &apiErr) or
// apiErr, ok := err.(*APIError), then apiErr.Status.

// bindCarrier records the variables of the carrier type in body (seVars)
// and the ok of a type assertion of the call's error to it (seOkVars).
func (w *world) bindCarrier(body *ast.BlockStmt) {
	if w.carrier == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			if v, ok := w.info.ObjectOf(x).(*types.Var); ok && !v.IsField() && w.isCarrier(v.Type()) {
				w.seVars[v] = true
			}
		case *ast.AssignStmt:
			if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
				ta, ok := ast.Unparen(x.Rhs[0]).(*ast.TypeAssertExpr)
				if ok && ta.Type != nil && w.isCarrier(w.info.TypeOf(ta.Type)) && w.isErrVar(ta.X) {
					if id, ok := x.Lhs[1].(*ast.Ident); ok && id.Name != "_" {
						w.seOkVars[w.info.ObjectOf(id)] = true
					}
				}
			}
		}
		return true
	})
}

func (w *world) isCarrier(t types.Type) bool {
	if t == nil || w.carrier == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj() == w.carrier.Obj()
}

func (w *world) isErrVar(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && w.errVars[w.info.ObjectOf(id)]
}

// carrierStatus: apiErr.Status of a carrier variable.
func (w *world) carrierStatus(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || w.carrier == nil || sel.Sel.Name != w.carrierField {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	return ok && w.seVars[w.info.ObjectOf(id)]
}

// carrierTaken evaluates errors.As(err, &apiErr) on the call's error, or
// the ok of its type assertion: the error is a carrier exactly when the
// answer was not 2xx.
func (w *world) carrierTaken(e ast.Expr, o outcome) (bool, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if w.seOkVars[w.info.ObjectOf(x)] {
			return o.status >= 300, true
		}
	case *ast.CallExpr:
		fn := callee(w.info, x)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(x.Args) != 2 || !w.isErrVar(x.Args[0]) {
			return false, false
		}
		if u, ok := ast.Unparen(x.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && w.seVars[w.info.ObjectOf(id)] {
				return o.status >= 300, true
			}
		}
	}
	return false, false
}
