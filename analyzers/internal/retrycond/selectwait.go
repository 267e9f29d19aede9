package retrycond

import (
	"go/ast"
	"go/token"
	"go/types"
)

// selectStmt walks a select after the retried call. A select that only
// waits (every case receives from ctx.Done(), time.After(d), or a
// timer's or ticker's C) is the retry's sleep written so that a cancelled
// context can end it: every case may be taken whatever the status was,
// so each case's body is walked with all the outcomes alive, and those
// reaching the end of any case go on. Any other select that steers the
// retry (a result channel, a default) is not read: silent.
func (k *walker) selectStmt(s *ast.SelectStmt, alive set) (set, error) {
	if !waitOnly(k.w.info, s) {
		if k.steers(s) {
			return 0, errUnknown
		}
		return alive, nil
	}
	var out set
	for _, c := range s.Body.List {
		cc := c.(*ast.CommClause)
		// inSwitch: an unlabelled break leaves the select, which the
		// walk does not follow (errUnknown, silent).
		next, err := k.stmts(cc.Body, alive, true)
		if err != nil {
			return 0, err
		}
		out |= next
	}
	return out, nil
}

// waitOnly: every case of s receives from a wait channel, and one of them
// from a timer (a select on ctx.Done() alone waits for nothing).
func waitOnly(info *types.Info, s *ast.SelectStmt) bool {
	timer := false
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CommClause)
		if !ok || cc.Comm == nil {
			return false // default: the select does not wait
		}
		es, ok := cc.Comm.(*ast.ExprStmt)
		if !ok {
			return false
		}
		u, ok := ast.Unparen(es.X).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return false
		}
		switch waitChan(info, u.X) {
		case chanTimer:
			timer = true
		case chanDone:
		default:
			return false
		}
	}
	return timer
}

const (
	chanOther = iota
	chanDone
	chanTimer
)

// waitChan classifies a channel received from: ctx.Done() of a
// context.Context, time.After(d) or time.Tick(d), t.C of a *time.Timer or
// *time.Ticker.
func waitChan(info *types.Info, e ast.Expr) int {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok {
			return chanOther
		}
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		if fn == nil || fn.Pkg() == nil {
			return chanOther
		}
		switch {
		case fn.Pkg().Path() == "time" && (fn.Name() == "After" || fn.Name() == "Tick"):
			return chanTimer
		case fn.Pkg().Path() == "context" && fn.Name() == "Done":
			return chanDone
		}
	case *ast.SelectorExpr:
		if x.Sel.Name != "C" {
			return chanOther
		}
		t := info.TypeOf(x.X)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" &&
			(n.Obj().Name() == "Timer" || n.Obj().Name() == "Ticker") {
			return chanTimer
		}
	}
	return chanOther
}
