package poll

import (
	"go/ast"
	"go/types"
)

// A poll helper may bound its wait with a timer of its own rather than a
// context with a timeout:
//
//	deadline := time.NewTimer(timeout)        // or: deadline := time.After(timeout)
//	for {
//		…
//		select {
//		case <-ctx.Done():   return last, false, ctx.Err()
//		case <-deadline.C:   return last, false, nil   // its own timeout: gives up
//		case <-tick.C:
//		}
//	}
//
// The case receiving that timer's channel is the helper's give-up, as
// ctx.Done() of a context it gave a timeout is (receivesOwnDone).

// ownTimer: ch is the channel of a timer fd makes before its loop —
// t.C of t := time.NewTimer(d), or c of c := time.After(d) — in a
// statement of fd's body itself, never assigned again.
func (f *finder) ownTimer(ch ast.Expr, fd *ast.FuncDecl) bool {
	ch = unparen(ch)
	want := "After"
	if sel, ok := ch.(*ast.SelectorExpr); ok && sel.Sel.Name == "C" {
		ch, want = unparen(sel.X), "NewTimer"
	}
	v := f.varOf(ch)
	if v == nil || len(f.assigns[v]) > 0 {
		return false
	}
	for _, s := range fd.Body.List {
		as, ok := s.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		if id, ok := as.Lhs[0].(*ast.Ident); !ok || f.info.Defs[id] != types.Object(v) {
			continue
		}
		call, ok := unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return false
		}
		fn, _ := f.info.Uses[calleeIdent(call)].(*types.Func)
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == want
	}
	return false
}

// calleeIdent is the identifier naming call's function (time.After → After).
func calleeIdent(call *ast.CallExpr) *ast.Ident {
	switch fun := unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun
	case *ast.SelectorExpr:
		return fun.Sel
	}
	return nil
}
