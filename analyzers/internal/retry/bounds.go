package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// bounds fills f's Bound, CtxParam, AttemptsParam and ErrorStops.
func (s *shape) bounds(f *payment.HelperFact) {
	info := s.r.pass.TypesInfo
	switch l := s.region.(type) {
	case *ast.ForStmt:
		if l.Cond != nil && !s.aboutCallback(l.Cond) && !s.condBound(f, l.Cond) {
			f.Bound |= payment.BoundOther
		}
	case *ast.RangeStmt:
		s.rangeBound(f, l)
	}
	ast.Inspect(s.region, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok && isContextRecv(info, call) {
			if fn := s.r.staticCallee(call); fn != nil && (fn.Name() == "Done" || fn.Name() == "Err") {
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					s.ctxBound(f, sel.X)
				}
			}
		}
		return true
	})
	if _, rec := s.region.(*ast.BlockStmt); rec {
		s.recursionBounds(f)
		return
	}
	for _, exit := range s.exits() {
		s.exitBound(f, exit)
	}
}

// exitBound classifies one way out of the loop: on the callback's
// result, on the context, on a counter or a time; anything else is a
// bound the model does not understand.
func (s *shape) exitBound(f *payment.HelperFact, exit ast.Node) {
	info := s.r.pass.TypesInfo
	gs := s.guardsOf(exit)
	for _, g := range gs {
		if g.cond != nil && s.aboutCallback(g.cond) {
			if g.then && errPolarity(info, g.cond, s.results) == +1 {
				f.ErrorStops = true
			}
			return
		}
		if g.comm != nil && s.commOnCtx(g.comm) {
			return
		}
	}
	for _, g := range gs {
		if g.cond != nil && s.condBound(f, g.cond) {
			return
		}
	}
	f.Bound |= payment.BoundOther
}

// rangeBound: range over an integer or a list caps the attempts; over
// a ticker's channel it does not.
func (s *shape) rangeBound(f *payment.HelperFact, l *ast.RangeStmt) {
	t := s.r.pass.TypesInfo.TypeOf(l.X)
	if t == nil {
		f.Bound |= payment.BoundOther
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			f.Bound |= payment.BoundAttempts
			if i := s.r.paramIndex(s.c, l.X); i >= 0 {
				f.AttemptsParam = i
			}
			return
		}
	case *types.Chan:
		return
	case *types.Slice, *types.Array, *types.Map:
		f.Bound |= payment.BoundAttempts
		return
	}
	f.Bound |= payment.BoundOther
}

// ctxBound records a context whose Done or Err the helper watches.
func (s *shape) ctxBound(f *payment.HelperFact, x ast.Expr) {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		f.Bound |= payment.BoundOther
		return
	}
	v, _ := s.r.pass.TypesInfo.Uses[id].(*types.Var)
	if i := s.r.paramIndex(s.c, id); i >= 0 {
		f.Bound |= payment.BoundCtx
		f.CtxParam = i
		if s.timeoutCtx(v, x.Pos()) {
			// ctx, cancel := context.WithTimeout(ctx, budget): the
			// caller's context, given a deadline by the helper itself.
			f.Bound |= payment.BoundDeadline
		}
		return
	}
	if s.timeoutCtx(v, x.Pos()) {
		f.Bound |= payment.BoundDeadline
		return
	}
	f.Bound |= payment.BoundOther
}

// timeoutCtx: before pos, the helper assigns v the context of a
// context.WithTimeout or WithDeadline (tctx, cancel :=
// context.WithTimeout(ctx, budget), or its own parameter given a deadline:
// ctx, cancel := context.WithTimeout(ctx, budget)): the Done or Err
// watched then ends at that deadline, whatever context the caller passed.
func (s *shape) timeoutCtx(v *types.Var, pos token.Pos) bool {
	if v == nil {
		return false
	}
	info := s.r.pass.TypesInfo
	found := false
	ast.Inspect(s.c.decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok || as.Pos() >= pos || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return !found
		}
		id, ok := ast.Unparen(as.Lhs[0]).(*ast.Ident)
		if !ok || info.ObjectOf(id) != v {
			return true
		}
		if call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
			if fn := s.r.staticCallee(call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" {
				switch fn.Name() {
				case "WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause":
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// condBound records what a condition that ends the loop bounds: a
// deadline (time.Now, time.Since, a Deadline), a context, or an attempt
// counter compared with a parameter or a constant.
func (s *shape) condBound(f *payment.HelperFact, cond ast.Expr) bool {
	info := s.r.pass.TypesInfo
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := s.r.staticCallee(n)
			if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
				switch fn.Name() {
				case "Now", "Since", "Until", "After", "Before":
					f.Bound |= payment.BoundDeadline
					found = true
				}
			}
			if isContextRecv(info, n) {
				found = true // ctx.Err(): recorded by bounds
			}
		case *ast.BinaryExpr:
			if s.counterCompare(f, n) {
				found = true
			}
		}
		return !found
	})
	return found
}

// counterCompare: attempt < max, i >= attempts, n > 3, with one side a
// variable changed in the loop and the other a parameter or a constant.
func (s *shape) counterCompare(f *payment.HelperFact, b *ast.BinaryExpr) bool {
	switch b.Op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ, token.EQL:
	default:
		return false
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		counter, limit := pair[0], pair[1]
		if !s.isCounter(counter) {
			continue
		}
		if tv, ok := s.r.pass.TypesInfo.Types[limit]; ok && tv.Value != nil {
			f.Bound |= payment.BoundAttempts
			return true
		}
		if i := s.r.paramIndex(s.c, limit); i >= 0 {
			f.Bound |= payment.BoundAttempts
			f.AttemptsParam = i
			return true
		}
	}
	return false
}

// isCounter: an integer variable changed in the loop (or, in a
// recursive helper, an integer parameter).
func (s *shape) isCounter(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	t := s.r.pass.TypesInfo.TypeOf(id)
	if b, ok := t.(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		if t == nil || t.Underlying() == nil {
			return false
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return false
		}
	}
	v, _ := s.r.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil {
		return false
	}
	if _, rec := s.region.(*ast.BlockStmt); rec {
		return s.r.paramIndex(s.c, id) >= 0
	}
	return s.assignedIn(v)
}

// recursionBounds: a recursive helper is bounded by a condition on an
// integer parameter (the attempt it passes on), a time or a context.
func (s *shape) recursionBounds(f *payment.HelperFact) {
	ast.Inspect(s.region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if !s.aboutCallback(n.Cond) {
				s.condBound(f, n.Cond)
			}
		}
		return true
	})
}

// aboutCallback reports whether cond tests the callback's results (or
// contains the call itself).
func (s *shape) aboutCallback(cond ast.Expr) bool {
	if within(s.call, cond) || s.doneTest(cond) {
		return true
	}
	return mentionsOutcome(s.r.pass.TypesInfo, cond, nil, s.results)
}

// commOnCtx: a select case receiving from ctx.Done().
func (s *shape) commOnCtx(comm ast.Stmt) bool {
	found := false
	ast.Inspect(comm, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.ARROW && s.ctxDone(u.X) {
			found = true
		}
		return !found
	})
	return found
}

// guard is one condition under which a node of the loop is reached.
type guard struct {
	cond ast.Expr
	comm ast.Stmt
	then bool // in the if's body (not its else)
}

// guardsOf returns the conditions, inside the region, under which n is
// reached, innermost last.
func (s *shape) guardsOf(n ast.Node) []guard {
	var out []guard
	ast.Inspect(s.region, func(m ast.Node) bool {
		if m == nil || !within(n, m) || m == n {
			return false
		}
		switch m := m.(type) {
		case *ast.IfStmt:
			if within(n, m.Body) {
				out = append(out, guard{cond: m.Cond, then: true})
			} else if m.Else != nil && within(n, m.Else) {
				out = append(out, guard{cond: m.Cond})
			}
		case *ast.CaseClause:
			for _, e := range m.List {
				out = append(out, guard{cond: e})
			}
		case *ast.CommClause:
			if m.Comm != nil {
				out = append(out, guard{comm: m.Comm})
			}
		case *ast.SwitchStmt:
			if m.Tag != nil {
				out = append(out, guard{cond: m.Tag})
			}
		}
		return true
	})
	return out
}

// exits returns the returns, gotos and breaks that leave the loop.
func (s *shape) exits() []ast.Node {
	var out []ast.Node
	var walk func(n ast.Node, inner bool)
	walk = func(n ast.Node, inner bool) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				out = append(out, m)
			case *ast.BranchStmt:
				if m.Tok == token.GOTO || m.Tok == token.BREAK && (m.Label != nil || !inner) {
					out = append(out, m)
				}
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if m != s.region {
					for _, c := range children(m) {
						walk(c, true)
					}
					return false
				}
			}
			return true
		})
	}
	walk(s.region, false)
	return out
}

// children returns the bodies of a breakable statement.
func children(n ast.Node) []ast.Node {
	switch n := n.(type) {
	case *ast.ForStmt:
		return []ast.Node{n.Body}
	case *ast.RangeStmt:
		return []ast.Node{n.Body}
	case *ast.SwitchStmt:
		return []ast.Node{n.Body}
	case *ast.TypeSwitchStmt:
		return []ast.Node{n.Body}
	case *ast.SelectStmt:
		return []ast.Node{n.Body}
	}
	return nil
}
