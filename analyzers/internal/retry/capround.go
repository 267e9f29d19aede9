package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// CappedEveryWayRound reports whether a for loop with no bound of its own
// (for attempt := 0; ; attempt++) is capped all the same: the end of its
// body is never reached (it returns or breaks), and every continue that
// goes round again sits under a test of an attempt counter against a
// limit (if attempt < 2 { sleep; continue }) or of a deadline. A labelled
// continue or a goto keeps the answer false: the loop's own label is not
// known here.
func CappedEveryWayRound(info *types.Info, loop ast.Node) bool {
	l, ok := loop.(*ast.ForStmt)
	if !ok || l.Body == nil || !terminates(l.Body, "") {
		return false
	}
	capped, seen := true, false
	var walk func(n ast.Node, guards []ast.Expr)
	walk = func(n ast.Node, guards []ast.Expr) {
		ast.Inspect(n, func(m ast.Node) bool {
			if !capped {
				return false
			}
			switch x := m.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
				if m != n {
					capped = capped && !hasJump(m)
					return false
				}
			case *ast.IfStmt:
				if m == n {
					return true
				}
				if x.Init != nil {
					walk(x.Init, guards)
				}
				walk(x.Body, append(guards[:len(guards):len(guards)], x.Cond))
				if x.Else != nil {
					walk(x.Else, guards)
				}
				return false
			case *ast.BranchStmt:
				switch {
				case x.Tok == token.GOTO || (x.Tok == token.CONTINUE && x.Label != nil):
					capped = false
				case x.Tok == token.CONTINUE:
					seen = true
					capped = capsAny(info, l, guards, x)
				}
			}
			return true
		})
	}
	walk(l.Body, nil)
	return capped && seen
}

// hasJump: a labelled continue or a goto inside n (it may go round an
// outer loop).
func hasJump(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if b, ok := m.(*ast.BranchStmt); ok && (b.Tok == token.GOTO || (b.Tok == token.CONTINUE && b.Label != nil)) {
			found = true
		}
		return !found
	})
	return found
}

// capsAny: one of the guards (or one && operand of one) bounds the loop.
func capsAny(info *types.Info, l *ast.ForStmt, guards []ast.Expr, round ast.Node) bool {
	for _, g := range guards {
		if capsCond(info, l, g, round) {
			return true
		}
	}
	return false
}

func capsCond(info *types.Info, l *ast.ForStmt, cond ast.Expr, round ast.Node) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return deadlineTest(info, cond)
	}
	switch b.Op {
	case token.LAND:
		return capsCond(info, l, b.X, round) || capsCond(info, l, b.Y, round)
	case token.LSS, token.LEQ:
		return stepsTo(info, l, b.X, b.Y, round, +1) || stepsTo(info, l, b.Y, b.X, round, -1) || deadlineTest(info, cond)
	case token.GTR, token.GEQ:
		return stepsTo(info, l, b.X, b.Y, round, -1) || stepsTo(info, l, b.Y, b.X, round, +1) || deadlineTest(info, cond)
	}
	return false
}

// deadlineTest: time.Since(start) < d, time.Now().Before(deadline),
// time.Until(deadline) > 0.
func deadlineTest(info *types.Info, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
					switch fn.Name() {
					case "Since", "Until", "Before", "After":
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// stepsTo: counter is an integer variable the loop moves in direction dir
// on every attempt (attempt++ in the for's post, or failures++ among the
// body's top-level statements, before the statement that goes round)
// and nowhere else, and limit is a constant or a value the loop does not
// change.
func stepsTo(info *types.Info, l *ast.ForStmt, counter, limit ast.Expr, round ast.Node, dir int) bool {
	id, ok := ast.Unparen(counter).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || !isInteger(v.Type()) {
		return false
	}
	postStep := l.Post != nil && stepOf(info, l.Post, v) == dir
	var bodyStep ast.Stmt
	n := 0
	for _, st := range l.Body.List {
		if stepOf(info, st, v) == dir {
			bodyStep, n = st, n+1
		}
	}
	switch {
	case postStep && n != 0, !postStep && n != 1:
		return false
	case !postStep && (changedIn(info, l.Post, v, nil) || bodyStep.Pos() > round.Pos()):
		return false // the step is not on the way round
	case changedIn(info, l.Body, v, bodyStep):
		return false
	}
	return limitFixed(info, l, limit)
}

// stepOf: +1 for v++ / v += c, -1 for v-- / v -= c, 0 otherwise.
func stepOf(info *types.Info, st ast.Stmt, v *types.Var) int {
	switch s := st.(type) {
	case *ast.IncDecStmt:
		if id, ok := ast.Unparen(s.X).(*ast.Ident); ok && info.Uses[id] == v {
			if s.Tok == token.INC {
				return +1
			}
			return -1
		}
	case *ast.AssignStmt:
		if len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return 0
		}
		id, ok := ast.Unparen(s.Lhs[0]).(*ast.Ident)
		tv, known := info.Types[s.Rhs[0]]
		if !ok || info.Uses[id] != v || !known || tv.Value == nil || constant.Sign(tv.Value) <= 0 {
			return 0
		}
		switch s.Tok {
		case token.ADD_ASSIGN:
			return +1
		case token.SUB_ASSIGN:
			return -1
		}
	}
	return 0
}

// changedIn reports whether v (a variable or a field) is set in n, the
// statement skip aside.
func changedIn(info *types.Info, n ast.Node, v *types.Var, skip ast.Stmt) bool {
	if n == nil {
		return false
	}
	is := func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.Uses[x] == v
		case *ast.SelectorExpr:
			return info.Uses[x.Sel] == v
		}
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if skip != nil && m == ast.Node(skip) {
			return false
		}
		switch x := m.(type) {
		case *ast.AssignStmt:
			for _, lhs := range x.Lhs {
				found = found || is(lhs)
			}
		case *ast.IncDecStmt:
			found = found || is(x.X)
		case *ast.UnaryExpr:
			found = found || (x.Op == token.AND && is(x.X))
		}
		return !found
	})
	return found
}

// limitFixed: a constant, or variables and fields the loop never sets
// (no call in it: a call may compute a new limit on every attempt).
func limitFixed(info *types.Info, l *ast.ForStmt, limit ast.Expr) bool {
	if tv, ok := info.Types[limit]; ok && tv.Value != nil {
		return true
	}
	fixed := true
	ast.Inspect(limit, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			fixed = false
		case *ast.Ident: // a variable, or a field's name
			if v, ok := info.Uses[x].(*types.Var); ok && changedIn(info, l, v, nil) {
				fixed = false
			}
		}
		return fixed
	})
	return fixed
}
