package retrycond

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Conditions free of the outcome: `if attempt < 2 { sleep; continue }`
// under a test of the error reads an attempt counter, a deadline or a
// flag the call did not set. Such a test does not tell outcomes apart:
// every outcome that reaches it may take either branch, so the walk sends
// the same outcomes into both rather than giving up.

// bindDerived records every variable that may hold something of the
// attempt's outcome: the call's results, the variables the world reads,
// and (to a fixed point) whatever is assigned from them in body or has
// its address handed to a call that reads them (errors.As(err, &x)).
func (w *world) bindDerived(results []ast.Expr, body *ast.BlockStmt) {
	w.derived, w.body = map[types.Object]bool{}, body
	w.visiting = map[*types.Var]bool{}
	for _, r := range results {
		if id, ok := ast.Unparen(r).(*ast.Ident); ok {
			if obj := w.info.ObjectOf(id); obj != nil {
				w.derived[obj] = true
			}
		}
	}
	for _, m := range []map[types.Object]bool{w.respVars, w.codeVars, w.errVars, w.stripeVars, w.okVars, w.seVars, w.seOkVars, w.listVars} {
		for obj := range m {
			w.derived[obj] = true
		}
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(body, func(n ast.Node) bool {
			var lhs []ast.Expr
			switch x := n.(type) {
			case *ast.AssignStmt:
				if w.mentionsDerived(x) {
					lhs = x.Lhs
				}
			case *ast.ValueSpec:
				if w.mentionsDerived(x) {
					for _, id := range x.Names {
						lhs = append(lhs, id)
					}
				}
			case *ast.CallExpr:
				if w.mentionsDerived(x) {
					for _, a := range x.Args {
						if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
							lhs = append(lhs, u.X)
						}
					}
				}
			}
			for _, l := range lhs {
				if obj := rootObj(w.info, l); obj != nil && !w.derived[obj] {
					w.derived[obj], changed = true, true
				}
			}
			return true
		})
	}
}

// rootObj is the variable an assignment to e changes: x of x, x.f, x[i].
func rootObj(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.ObjectOf(x)
		case *ast.SelectorExpr:
			if _, ok := x.X.(*ast.Ident); ok && info.Uses[x.Sel] != nil {
				if v, isVar := info.Uses[x.Sel].(*types.Var); isVar && !v.IsField() {
					return v // pkg.Var
				}
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

func (w *world) mentionsDerived(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && w.derived[w.info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// free reports whether e reads nothing of the attempt's outcome: local
// variables and fields of integer, boolean, time or context type that the
// outcome did not flow into and that the body sets nowhere but in its own
// top-level statements (a flag set under a test of the error carries
// that test), constants, and calls into package time or on a context (a
// deadline, ctx.Err()). Any other call may read what the attempt left.
func (w *world) free(e ast.Expr) bool {
	if w.derived == nil || w.mentionsDerived(e) {
		return false
	}
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			ok = false
		case *ast.CallExpr:
			ok = ok && w.freeCall(x)
		case *ast.Ident:
			if v, isVar := w.info.ObjectOf(x).(*types.Var); isVar {
				local := v.Pkg() != nil && v.Parent() != v.Pkg().Scope()
				ok = ok && local && freeType(v.Type()) && !w.setUnfree(v)
			}
		case *ast.SelectorExpr:
			if v, isVar := w.info.Uses[x.Sel].(*types.Var); isVar && v.IsField() {
				// A boolean field is a setting (retryClientErrors), not
				// a counter: a retry it enables is not judged.
				ok = ok && freeType(v.Type()) && !isBool(v.Type()) && freeHolder(w.info.TypeOf(x.X)) && !w.setUnfree(v)
				return false // the holder is not read, only its field
			}
		}
		return ok
	})
	return ok
}

// freeCall: a call of package time, of a time.Time, time.Duration or
// context.Context method, or len/cap.
func (w *world) freeCall(call *ast.CallExpr) bool {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if b, ok := w.info.Uses[f].(*types.Builtin); ok {
			return b.Name() == "len" || b.Name() == "cap"
		}
		return w.info.Types[f].IsType() // a conversion
	case *ast.SelectorExpr:
		obj := w.info.Uses[f.Sel]
		if obj == nil || obj.Pkg() == nil {
			return false
		}
		switch obj.Pkg().Path() {
		case "time", "context":
			return true
		}
	}
	return false
}

// freeType: the types an attempt counter, a deadline or a flag have.
func freeType(t types.Type) bool {
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
		case "time.Time", "time.Duration", "context.Context":
			return true
		}
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger) != 0
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// freeHolder: a struct (or pointer to one) whose field is read.
func freeHolder(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// setUnfree reports whether the body changes v (a variable or a field)
// in a way that may carry the outcome: under a condition or in a closure,
// through its address, or at its top level from a value not itself free
// (retryable := s.classify()).
func (w *world) setUnfree(v *types.Var) bool {
	if w.visiting[v] {
		return false // x = x + 1: judged by its other operands
	}
	w.visiting[v] = true
	defer delete(w.visiting, v)
	top := map[ast.Node]bool{}
	for _, st := range w.body.List {
		top[st] = true
	}
	is := func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return w.info.ObjectOf(x) == v
		case *ast.SelectorExpr:
			return w.info.Uses[x.Sel] == v
		}
		return false
	}
	found := false
	ast.Inspect(w.body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if is(l) {
					found = found || !top[x] || !w.allFree(x.Rhs)
				}
			}
		case *ast.IncDecStmt:
			found = found || (is(x.X) && !top[x])
		case *ast.UnaryExpr:
			found = found || (x.Op == token.AND && is(x.X))
		}
		return !found
	})
	return found
}

func (w *world) allFree(es []ast.Expr) bool {
	for _, e := range es {
		if !w.free(e) {
			return false
		}
	}
	return true
}

// splitFree splits s by cond when cond mixes tests of the outcome with
// operands free of it: an outcome the free operands could send either way
// goes into both yes and no. pure is true when cond is wholly free.
func (w *world) splitFree(cond ast.Expr, s set) (yes, no set, pure, ok bool) {
	if w.free(cond) {
		return s, s, true, true
	}
	for i, o := range w.outcomes {
		if !s.has(i) {
			continue
		}
		t, f, known := w.evalFree(cond, o)
		if !known {
			return 0, 0, false, false
		}
		if t {
			yes |= 1 << uint(i)
		}
		if f {
			no |= 1 << uint(i)
		}
	}
	return yes, no, false, true
}

// evalFree says whether cond can hold and can fail for outcome o.
func (w *world) evalFree(e ast.Expr, o outcome) (canT, canF, ok bool) {
	if v, known := w.eval(e, o); known {
		return v, !v, true
	}
	if w.free(e) {
		return true, true, true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			t, f, ok := w.evalFree(x.X, o)
			return f, t, ok
		}
	case *ast.BinaryExpr:
		if x.Op != token.LAND && x.Op != token.LOR {
			return false, false, false
		}
		lt, lf, lok := w.evalFree(x.X, o)
		rt, rf, rok := w.evalFree(x.Y, o)
		if !lok || !rok {
			return false, false, false
		}
		if x.Op == token.LAND {
			return lt && rt, lf || (lt && rf), true
		}
		return lt || (lf && rt), lf && rf, true
	}
	return false, false, false
}
