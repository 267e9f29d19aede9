package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// mentionsOutcome reports whether n contains the repeated call cur (nil:
// none) or reads one of its results (or a variable derived from them).
func mentionsOutcome(info *types.Info, n ast.Node, cur ast.Node, results map[types.Object]bool) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if found {
			return false
		}
		if m != nil && m == cur {
			found = true
		} else if id, ok := m.(*ast.Ident); ok && results[info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// results returns the variables that receive cur's results in body
// (resp, err := cur; err = cur; if err := cur; …), and direct when cur
// itself sits in a condition (if cur() != nil).
func (r *Result) results(cur ast.Node, body *ast.BlockStmt) (map[types.Object]bool, bool) {
	info := r.pass.TypesInfo
	out := map[types.Object]bool{}
	direct := false
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil || !within(cur, n) {
			return false
		}
		switch s := n.(type) {
		case *ast.AssignStmt:
			for _, rhs := range s.Rhs {
				if within(cur, rhs) {
					for _, lhs := range s.Lhs {
						if id := RootIdent(lhs); id != nil && id.Name != "_" {
							if obj := info.ObjectOf(id); obj != nil {
								out[obj] = true
							}
						}
					}
				}
			}
		case *ast.ValueSpec:
			for _, v := range s.Values {
				if within(cur, v) {
					for _, name := range s.Names {
						if obj := info.Defs[name]; obj != nil && name.Name != "_" {
							out[obj] = true
						}
					}
				}
			}
		case *ast.IfStmt:
			if within(cur, s.Cond) {
				direct = true
			}
		case *ast.SwitchStmt:
			if s.Tag != nil && within(cur, s.Tag) {
				direct = true
			}
		case *ast.CaseClause:
			for _, e := range s.List {
				if within(cur, e) {
					direct = true
				}
			}
		case *ast.ForStmt:
			if s.Cond != nil && within(cur, s.Cond) {
				direct = true
			}
		case *ast.FuncLit:
			return false
		}
		return true
	})
	return out, direct
}

// errPolarity tells which branch of an if on cur's results is the error
// branch: +1 when the condition is exactly err != nil (then-branch is
// the failure), -1 for err == nil, 0 when unknown.
func errPolarity(info *types.Info, cond ast.Expr, results map[types.Object]bool) int {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (b.Op != token.NEQ && b.Op != token.EQL) {
		return 0
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if isNil(info, x) {
		x, y = y, x
	}
	if !isNil(info, y) {
		return 0
	}
	id, ok := x.(*ast.Ident)
	if !ok || !results[info.ObjectOf(id)] {
		return 0
	}
	t := info.TypeOf(id)
	if t == nil || !types.Identical(t, types.Universe.Lookup("error").Type()) {
		return 0
	}
	if b.Op == token.NEQ {
		return +1
	}
	return -1
}

func isNil(info *types.Info, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	_, isNil := info.Uses[id].(*types.Nil)
	return isNil
}

// branchCtx says where an unlabelled break or continue goes, whether
// the statement lies on the path taken when the call succeeded, and
// whether it lies in a branch decided by the call's outcome.
type branchCtx struct {
	breakL, continueL bool
	success           bool
	guarded           bool
}

// walker walks a loop body, not entering closures, and records how the
// call's outcome steers the loop:
//   - successExit: the loop can be left (return, break of the loop,
//     goto) after the call on the success path: unconditionally, or in
//     a branch of a condition on the call's results that is not the
//     error branch (exits under unrelated conditions such as
//     <-ctx.Done() do not count);
//   - guardedSuccessExit: such an exit inside a branch on the outcome;
//   - guardedContinue: a continue of the loop in a branch on the outcome;
//   - sawContinue: any continue of the loop.
type walker struct {
	label    string
	after    token.Pos
	mentions func(ast.Node) bool
	polarity func(ast.Expr) int

	successExit, guardedSuccessExit, guardedContinue, sawContinue bool
}

func (w *walker) exit(n ast.Node, ctx branchCtx) {
	if ctx.success && n.Pos() > w.after {
		w.successExit = true
		if ctx.guarded {
			w.guardedSuccessExit = true
		}
	}
}

func (w *walker) walk(n ast.Node, ctx branchCtx) {
	switch s := n.(type) {
	case nil:
	case *ast.BlockStmt:
		if s == nil {
			return
		}
		for _, st := range s.List {
			w.walk(st, ctx)
		}
	case *ast.ReturnStmt:
		w.exit(s, ctx)
	case *ast.BranchStmt:
		switch s.Tok {
		case token.BREAK:
			if w.targetsLoop(s, ctx.breakL) {
				w.exit(s, ctx)
			}
		case token.GOTO:
			w.exit(s, ctx)
		case token.CONTINUE:
			if w.targetsLoop(s, ctx.continueL) {
				w.sawContinue = true
				if ctx.guarded {
					w.guardedContinue = true
				}
			}
		}
	case *ast.IfStmt:
		thenCtx, elseCtx := ctx, ctx
		if w.mentions(s.Cond) {
			pol := w.polarity(s.Cond)
			thenCtx.guarded, elseCtx.guarded = true, true
			thenCtx.success = ctx.success && pol <= 0
			elseCtx.success = ctx.success && pol >= 0
		} else {
			thenCtx.success, elseCtx.success = false, false
		}
		w.walk(s.Body, thenCtx)
		if s.Else != nil {
			w.walk(s.Else, elseCtx)
		}
	case *ast.SwitchStmt:
		if s.Tag == nil {
			w.condSwitch(s, ctx)
			return
		}
		tagged := w.mentions(s.Tag)
		for _, st := range s.Body.List {
			cc, ok := st.(*ast.CaseClause)
			if !ok {
				continue
			}
			c := ctx
			c.breakL = false
			guarded := tagged
			for _, e := range cc.List {
				if w.mentions(e) {
					guarded = true
				}
			}
			if guarded {
				c.guarded = true
			} else {
				c.success = false
			}
			for _, b := range cc.Body {
				w.walk(b, c)
			}
		}
	case *ast.TypeSwitchStmt:
		if x := typeSwitched(s); x != nil && w.mentions(x) {
			w.errTypeSwitch(s, ctx)
			return
		}
		c := ctx
		c.breakL, c.success = false, false
		for _, st := range s.Body.List {
			if cc, ok := st.(*ast.CaseClause); ok {
				for _, b := range cc.Body {
					w.walk(b, c)
				}
			}
		}
	case *ast.SelectStmt:
		c := ctx
		c.breakL, c.success = false, false
		for _, st := range s.Body.List {
			if cc, ok := st.(*ast.CommClause); ok {
				for _, b := range cc.Body {
					w.walk(b, c)
				}
			}
		}
	case *ast.ForStmt:
		c := ctx
		c.breakL, c.continueL = false, false
		w.walk(s.Body, c)
	case *ast.RangeStmt:
		c := ctx
		c.breakL, c.continueL = false, false
		w.walk(s.Body, c)
	case *ast.LabeledStmt:
		w.walk(s.Stmt, ctx)
	}
}

func (w *walker) targetsLoop(s *ast.BranchStmt, unlabelled bool) bool {
	if s.Label != nil {
		return w.label != "" && s.Label.Name == w.label
	}
	return unlabelled
}

// condSwitch walks a tagless switch as the if/else chain it is: a clause
// runs when its case holds and the cases before it did not, so each case
// splits the success path as an if would, and default (reached when none
// held) is on the path the cases before it left.
func (w *walker) condSwitch(s *ast.SwitchStmt, ctx branchCtx) {
	rest := ctx
	var def *ast.CaseClause
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		if cc.List == nil {
			def = cc
			continue
		}
		c := rest
		c.breakL = false
		if len(cc.List) == 1 && w.mentions(cc.List[0]) {
			pol := w.polarity(cc.List[0])
			c.guarded, rest.guarded = true, true
			c.success = rest.success && pol <= 0
			rest.success = rest.success && pol >= 0
		} else if w.mentionsAny(cc.List) {
			c.guarded, rest.guarded = true, true
		} else {
			// A case on something else (ctx.Err() != nil): its clause is no
			// success path; the clauses after it are judged on their own,
			// as before.
			c.success = false
		}
		for _, b := range cc.Body {
			w.walk(b, c)
		}
	}
	if def != nil {
		rest.breakL = false
		for _, b := range def.Body {
			w.walk(b, rest)
		}
	}
}

func (w *walker) mentionsAny(list []ast.Expr) bool {
	for _, e := range list {
		if w.mentions(e) {
			return true
		}
	}
	return false
}

// typeSwitched returns the expression a type switch asserts
// (switch e := err.(type), switch err.(type)).
func typeSwitched(s *ast.TypeSwitchStmt) ast.Expr {
	var x ast.Expr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	case *ast.ExprStmt:
		x = a.X
	}
	if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
		return ta.X
	}
	return nil
}

// errTypeSwitch walks a type switch over the call's error as the branch
// on its results it is: every clause is guarded, and the clause a nil
// error runs (case nil, else default) is on the success path.
func (w *walker) errTypeSwitch(s *ast.TypeSwitchStmt, ctx branchCtx) {
	nilCase := func(cc *ast.CaseClause) bool {
		for _, e := range cc.List {
			if isNilIdent(e) {
				return true
			}
		}
		return false
	}
	hasNil := false
	for _, st := range s.Body.List {
		if cc, ok := st.(*ast.CaseClause); ok && nilCase(cc) {
			hasNil = true
		}
	}
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok {
			continue
		}
		c := ctx
		c.breakL, c.guarded = false, true
		c.success = ctx.success && (nilCase(cc) || cc.List == nil && !hasNil)
		for _, b := range cc.Body {
			w.walk(b, c)
		}
	}
}
