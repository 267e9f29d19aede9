package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// findExits fills l.Exits and l.StatusExit.
func (f *finder) findExits(l *Loop) {
	add := func(n ast.Node) {
		e := &Exit{Node: n, OnSuccess: true}
		gs := f.guards(n, l)
		for _, g := range gs {
			if g.comm != nil && f.commIsWait(g.comm, l) {
				continue
			}
			// commaok.go: a type assertion's ok tests the answer's
			// shape, not which status it holds.
			commaOk, _ := f.commaOkGuard(g)
			if !commaOk && (f.guardOnStatus(g, l) || f.guardOnPredicate(g)) {
				e.OnStatus = true
			}
			if !f.guardOnSuccess(g) {
				e.OnSuccess = false
			}
		}
		if !e.OnStatus && e.OnSuccess && f.minedExit(n, gs, l) {
			e.OnStatus = true // a receipt found: mined (chainmined.go)
		}
		if e.OnStatus && f.boundExit(gs, l) {
			// if p.IsPaid() { return }; select { case <-ctx.Done():
			// return }: the second return is taken because the context
			// ended, whatever the status; it is a bound, not a status
			// exit.
			e.OnStatus = false
		}
		if e.OnStatus {
			e.OnSuccess = false
			l.StatusExit = true
		}
		l.Exits = append(l.Exits, e)
	}
	if fs, ok := l.Node.(*ast.ForStmt); ok && fs.Cond != nil {
		e := &Exit{Node: fs.Cond, OnStatus: f.onStatus(fs.Cond, l) || f.mentionsPredicate(fs.Cond)}
		if e.OnStatus {
			l.StatusExit = true
		}
		l.Exits = append(l.Exits, e)
	}
	ast.Inspect(l.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if l.Kind == BackoffRetry && !retryStops(n, f) {
				return true // returning an error asks for another round
			}
			if l.Kind == Helper {
				stop, cond := f.helperStops(n, l)
				if cond != nil && (f.onStatus(cond, l) || f.mentionsPredicate(cond)) {
					// return p.Status == "paid", nil: done on the status
					l.Exits = append(l.Exits, &Exit{Node: n, OnStatus: true})
					l.StatusExit = true
				}
				if !stop {
					return true
				}
				if cond != nil {
					// return done, err: leaves on the error only
					l.Exits = append(l.Exits, &Exit{Node: n})
					return true
				}
			}
			if l.Kind == Recursion && f.containsRecursiveCall(n, l) {
				return true
			}
			add(n)
		case *ast.BranchStmt:
			if f.leavesLoop(n, l) {
				add(n)
			}
		case *ast.CallExpr:
			fn := f.calleeFunc(n)
			if id, ok := unparen(n.Fun).(*ast.Ident); ok && id.Name == "panic" && fn == nil {
				add(n)
			} else if isFunc(fn, "os", "Exit") || isFunc(fn, "log", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf") {
				add(n)
			}
		}
		return true
	})
	if l.field != nil {
		f.fieldDoneExit(l) // the caller's done predicate (fieldhelper.go)
	} else if l.Kind == Helper {
		f.paramDoneExit(l) // the caller's done predicate argument (fieldhelper.go)
	}
	if l.Kind == Recursion || l.Kind == BackoffRetry || l.Kind == Helper {
		// Going round again only under a status condition means that the
		// other path stops on the status.
		for _, c := range f.repeats(l) {
			for _, g := range f.guards(c, l) {
				if f.guardOnStatus(g, l) || f.guardOnPredicate(g) {
					l.StatusExit = true
				}
			}
		}
	}
}

// boundExit reports whether an exit's guards include one that fires on a
// bound regardless of the status: a select case on ctx.Done() or a timeout
// channel, an if on a counter, deadline or context that is not about the
// status.
func (f *finder) boundExit(gs []guard, l *Loop) bool {
	for _, g := range gs {
		switch {
		case g.comm != nil:
			if !f.commIsWait(g.comm, l) {
				return true
			}
		case g.cond != nil && !g.neg:
			if f.boundish(g.cond, l) && !f.onStatus(g.cond, l) && !f.mentionsPredicate(g.cond) {
				return true
			}
		}
	}
	return false
}

// repeats returns the nodes that start another round: the recursive calls,
// or the error returns of a backoff operation.
func (f *finder) repeats(l *Loop) []ast.Node {
	var out []ast.Node
	ast.Inspect(l.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if l.Kind == Recursion && f.isRecursiveCall(n, l) {
				out = append(out, n)
			}
		case *ast.ReturnStmt:
			if l.Kind == BackoffRetry && !retryStops(n, f) {
				out = append(out, n)
			}
			if l.Kind == Helper {
				if stop, cond := f.helperStops(n, l); !stop && cond == nil {
					out = append(out, n)
				}
			}
		}
		return true
	})
	return out
}

// retryStops: a return from a backoff operation that ends the retries
// (a nil error, or backoff.Permanent).
func retryStops(r *ast.ReturnStmt, f *finder) bool {
	if len(r.Results) == 0 {
		return true
	}
	last := unparen(r.Results[len(r.Results)-1])
	if id, ok := last.(*ast.Ident); ok && id.Name == "nil" {
		return true
	}
	if c, ok := last.(*ast.CallExpr); ok {
		fn := f.calleeFunc(c)
		return isBackoff(fn) && fn.Name() == "Permanent"
	}
	return false
}

// leavesLoop reports whether a break or goto leaves l.
func (f *finder) leavesLoop(b *ast.BranchStmt, l *Loop) bool {
	switch b.Tok {
	case token.BREAK:
		if b.Label != nil {
			for p := f.parent[b]; p != nil; p = f.parent[p] {
				if ls, ok := p.(*ast.LabeledStmt); ok && ls.Label.Name == b.Label.Name {
					return within(l.Node, ls)
				}
			}
			return false
		}
		for p := f.parent[b]; p != nil; p = f.parent[p] {
			switch p.(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				return p == l.Node
			case *ast.FuncLit, *ast.FuncDecl:
				return false
			}
		}
	case token.GOTO:
		if b.Label == nil {
			return false
		}
		if obj, ok := f.info.Uses[b.Label].(*types.Label); ok && obj != nil {
			return !within(&ast.Ident{NamePos: obj.Pos(), Name: obj.Name()}, l.region)
		}
	}
	return false
}

// commIsWait: a select case that receives from the loop's wait channel.
func (f *finder) commIsWait(c *ast.CommClause, l *Loop) bool {
	ch := commChan(c)
	if ch == nil {
		return true // default
	}
	w, _ := f.chanWait(ch, l)
	return w != nil
}

func commChan(c *ast.CommClause) ast.Expr {
	var x ast.Expr
	switch s := c.Comm.(type) {
	case *ast.ExprStmt:
		x = s.X
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			x = s.Rhs[0]
		}
	default:
		return nil
	}
	if u, ok := unparen(x).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
		return u.X
	}
	return nil
}

// findSwallowed sets l.Swallowed when the read's error is dropped or
// checked without leaving the loop.
func (f *finder) findSwallowed(l *Loop) {
	if l.Kind == BackoffRetry || l.Kind == Helper {
		return // an error returned to Retry is retried by the policy
	}
	for _, r := range l.Reads {
		as, ok := f.parent[r.Call].(*ast.AssignStmt)
		if !ok {
			continue
		}
		sig, ok := f.info.Types[r.Call.Fun].Type.(*types.Signature)
		if !ok || sig.Results().Len() != len(as.Lhs) {
			continue
		}
		last := sig.Results().Len() - 1
		if last < 0 || !isError(sig.Results().At(last).Type()) {
			continue
		}
		lhs := as.Lhs[last]
		if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
			l.Swallowed = r.Call
			return
		}
		v := f.varOf(lhs)
		if v == nil {
			continue
		}
		// The first if on the error after the read: does its error branch
		// leave the loop?
		var check *ast.IfStmt
		ast.Inspect(l.region, func(n ast.Node) bool {
			if is, ok := n.(*ast.IfStmt); ok && check == nil && is.Cond.Pos() > as.End() && mentionsVar(f, is.Cond, v) {
				check = is
			}
			return check == nil
		})
		if check == nil {
			continue
		}
		var errBranch ast.Node = check.Body
		if b, ok := unparen(check.Cond).(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.LAND) && !(b.Op == token.LAND && errNotNil(f, b.X, v)) {
			errBranch = check.Else // if err == nil [&& …] { … }: errors go to the else
		}
		if errBranch == nil || !f.leavesIn(errBranch, l) {
			l.Swallowed = check
			return
		}
	}
}

// errNotNil: e is `v != nil`.
func errNotNil(f *finder, e ast.Expr, v *types.Var) bool {
	b, ok := unparen(e).(*ast.BinaryExpr)
	return ok && b.Op == token.NEQ && (isNil(b.X) || isNil(b.Y)) && mentionsVar(f, b, v)
}

// leavesIn reports whether n contains a way out of the loop.
func (f *finder) leavesIn(n ast.Node, l *Loop) bool {
	leaves := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			leaves = true
		case *ast.BranchStmt:
			leaves = leaves || f.leavesLoop(m, l)
		case *ast.CallExpr:
			if id, ok := unparen(m.Fun).(*ast.Ident); ok && id.Name == "panic" {
				leaves = true
			}
		}
		return !leaves
	})
	return leaves
}

func mentionsVar(f *finder, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && f.varOf(id) == v {
			found = true
		}
		return !found
	})
	return found
}

var _ = payment.StatusRead
