package poll

import (
	"go/ast"
	"go/token"
)

// guard is one condition under which a node in the loop is reached.
type guard struct {
	cond ast.Expr // if condition (or an earlier if that leaves the round)
	neg  bool     // reached when cond is false
	// case clause of a switch (tag may be nil); with neg, a clause of an
	// earlier switch that leaves the round
	clause *ast.CaseClause
	tag    ast.Expr
	// select case
	comm *ast.CommClause
}

// guards returns the conditions between the loop's repeated block and n.
func (f *finder) guards(n ast.Node, l *Loop) []guard {
	var out []guard
	c := n
	for p := f.parent[c]; p != nil; c, p = p, f.parent[p] {
		out = append(out, f.onceGuards(c, p)...) // for cond { …; return } (recursionloop.go)
		switch p := p.(type) {
		case *ast.IfStmt:
			if c == p.Body {
				out = append(out, guard{cond: p.Cond})
			} else if c == p.Else {
				out = append(out, guard{cond: p.Cond, neg: true})
			}
		case *ast.CaseClause:
			g := guard{clause: p}
			sw, ok := f.parent[f.parent[p]].(*ast.SwitchStmt)
			if !ok {
				break // type switch: no condition on values
			}
			g.tag = sw.Tag
			out = append(out, g)
			if sw.Tag == nil {
				out = append(out, passedCases(sw, p)...)
			}
		case *ast.CommClause:
			out = append(out, guard{comm: p})
		case *ast.BlockStmt:
			for _, s := range p.List {
				if s == c {
					break
				}
				if is, ok := s.(*ast.IfStmt); ok && is.Else == nil && leavesRound(is.Body) {
					out = append(out, guard{cond: is.Cond, neg: true})
				}
				// switch p.Status { case PENDING: …; continue }: what
				// follows is reached only for the other values.
				if sw, ok := s.(*ast.SwitchStmt); ok && sw.Tag != nil {
					for _, cc := range sw.Body.List {
						if cc, ok := cc.(*ast.CaseClause); ok && len(cc.List) > 0 && leavesRound(&ast.BlockStmt{List: cc.Body}) && !endsInBreak(cc.Body) {
							out = append(out, guard{clause: cc, tag: sw.Tag, neg: true})
						}
					}
				}
			}
		}
		if p == l.Body || p == l.Node {
			return out
		}
	}
	return out
}

// passedCases: the clause cc of a tagless switch is reached only when the
// cases before it were false (all the others, for the default clause),
// so each such single condition guards it negated (switch { case err !=
// nil: …; case r.Status == ok: return; default: return failed }: the
// default is reached with err == nil and r.Status != ok). A fallthrough
// into what follows ends the list: past it nothing is implied.
func passedCases(sw *ast.SwitchStmt, cc *ast.CaseClause) []guard {
	var out []guard
	for _, s := range sw.Body.List {
		other, ok := s.(*ast.CaseClause)
		if !ok || other == cc {
			if cc.List != nil {
				break // a case: only the ones before it
			}
			continue
		}
		if other.List == nil {
			continue // the default
		}
		if n := len(other.Body); n > 0 {
			if br, ok := other.Body[n-1].(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				return nil
			}
		}
		if len(other.List) == 1 {
			out = append(out, guard{cond: other.List[0], neg: true})
		}
	}
	return out
}

// endsInBreak: an unlabeled break, which in a switch leaves only the switch.
func endsInBreak(list []ast.Stmt) bool {
	if len(list) == 0 {
		return false
	}
	b, ok := list[len(list)-1].(*ast.BranchStmt)
	return ok && b.Tok == token.BREAK && b.Label == nil
}

// leavesRound reports whether a block always ends the current round.
func leavesRound(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK || s.Tok == token.GOTO
	case *ast.ExprStmt:
		if c, ok := s.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

func (f *finder) guardOnStatus(g guard, l *Loop) bool {
	switch {
	case g.cond != nil:
		return f.onStatus(g.cond, l)
	case g.clause != nil:
		if g.tag != nil && f.onStatus(g.tag, l) {
			return true
		}
		for _, e := range g.clause.List {
			if f.onStatus(e, l) {
				return true
			}
		}
	}
	return false
}

// guardOnSuccess: the guard is passed when an error value is nil
// (err == nil, or the else of err != nil).
func (f *finder) guardOnSuccess(g guard) bool {
	if e := taglessCase(g); e != nil {
		g = guard{cond: e, neg: g.neg} // switch { case resp.StatusCode == 200: … } is an if
	}
	if ok, passed := f.cappedGate(g); ok {
		return passed // 429/5xx retried while attempts remain (capgate.go)
	}
	if g.cond != nil && f.transportOnly(g.cond) {
		// resp.StatusCode >= 500: whether the request went through. The
		// guard is passed on success on the branch where it failed not.
		return f.passedOnSuccess(g) // retrygate.go: the codes' polarity
	}
	if commaOk, passed := f.commaOkGuard(g); commaOk {
		return passed // commaok.go: the answer's shape, not its status
	}
	if g.cond != nil && f.successForces(g.cond, !g.neg) {
		return true // err == nil || attempt == 3 (successgate.go)
	}
	if g.cond == nil || !f.guardOnError(g) {
		return false
	}
	b, ok := unparen(g.cond).(*ast.BinaryExpr)
	if !ok || !(isNil(b.X) || isNil(b.Y)) {
		return false
	}
	return (b.Op == token.EQL) != g.neg
}

func isNil(e ast.Expr) bool {
	id, ok := unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// guardOnError: the condition is only about error values.
func (f *finder) guardOnError(g guard) bool {
	if g.cond == nil {
		return false
	}
	errs, others := 0, 0
	ast.Inspect(g.cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v := f.varOf(id); v != nil {
				if isError(v.Type()) {
					errs++
				} else {
					others++
				}
			}
		}
		return true
	})
	return errs > 0 && others == 0
}

// taglessCase returns the one expression of a case clause of a switch
// with no tag (case err == nil:, case resp.StatusCode == http.StatusOK:),
// which guards its body as an if condition would; nil otherwise.
func taglessCase(g guard) ast.Expr {
	if g.cond != nil || g.clause == nil || g.tag != nil || len(g.clause.List) != 1 {
		return nil
	}
	return g.clause.List[0]
}
