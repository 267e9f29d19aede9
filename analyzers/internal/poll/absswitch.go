package poll

import (
	"go/ast"
	"go/token"
)

// switchStmt walks a switch with known values: the clause whose case
// matches the tag (a tagless switch: whose condition holds), the cases
// before it known not to; default when none does. A case not known stops
// the walk. A break ending the clause leaves the switch; any other
// branch inside a clause is not followed.
func (w *walker) switchStmt(x *ast.SwitchStmt) outcome {
	if x.Init != nil {
		if o := w.stmt(x.Init); o != walkNext {
			return o
		}
	}
	var tag absVal
	if x.Tag != nil {
		if tag = w.f.eval(x.Tag, w.vars); tag.kind == absUnknown {
			return walkUnknown
		}
	}
	var def *ast.CaseClause
	for _, st := range x.Body.List {
		cl, ok := st.(*ast.CaseClause)
		if !ok {
			return walkUnknown
		}
		if cl.List == nil {
			def = cl
			continue
		}
		for _, e := range cl.List {
			var t tri
			if x.Tag != nil {
				t = equal(tag, w.f.eval(e, w.vars))
			} else {
				t = w.f.truth(e, w.vars)
			}
			if !t.known {
				return walkUnknown
			}
			if t.b {
				return w.clause(cl)
			}
		}
	}
	if def != nil {
		return w.clause(def)
	}
	return walkNext
}

// clause walks one clause's body; walkNext when it falls out of the
// switch (its end, or a break at its end).
func (w *walker) clause(cl *ast.CaseClause) outcome {
	list := cl.Body
	if n := len(list); n > 0 {
		if br, ok := list[n-1].(*ast.BranchStmt); ok && br.Tok == token.BREAK && br.Label == nil {
			list = list[:n-1]
		}
	}
	if switchBranches(list) {
		return walkUnknown
	}
	return w.stmts(list)
}

// switchBranches: a break or fallthrough of the switch itself inside
// the clause (not of a nested loop, switch or select).
func switchBranches(list []ast.Stmt) bool {
	found := false
	for _, st := range list {
		ast.Inspect(st, func(n ast.Node) bool {
			switch b := n.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return false
			case *ast.BranchStmt:
				found = found || b.Label == nil && (b.Tok == token.BREAK || b.Tok == token.FALLTHROUGH)
			}
			return !found
		})
	}
	return found
}
