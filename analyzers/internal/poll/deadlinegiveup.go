package poll

import (
	"go/ast"
	"go/types"
)

// ---- a poll helper that gives up on a deadline test of its own ---------------
//
//	var ErrStillPending = errors.New("still pending")
//
//	func Poll(ctx context.Context, every, maxWait time.Duration,
//		check func(context.Context) (bool, error)) error {
//		deadline := time.Now().Add(maxWait)
//		for {
//			done, err := check(ctx)
//			…
//			if time.Now().After(deadline) {
//				return ErrStillPending          // or: return last, false, nil
//			}
//			select { case <-ctx.Done(): return ctx.Err(); case <-t.C: }
//		}
//	}
//
// Besides a select on a context it gave a timeout (ownTimeoutGiveUp) and
// an attempt cap (capGiveUp), a helper's `for {}` can end on an if
// testing only the clock against a deadline or a start it took itself
// (time.Now().After(deadline), time.Since(start) > maxWait,
// time.Until(deadline) <= 0): what that if returns is the helper's "gave
// up, still pending". Every such exit must agree. The give-up can name a
// sentinel error of the helper's package; exported, it keeps its identity
// across packages (by name, looked up again in the helper's package by the
// caller), so a caller that goes round on errors.Is(err, pkg.ErrStillPending)
// is followed; any other sentinel is an error of unknown identity.

// deadlineGiveUp returns what fd returns from the ifs of its one `for {}`
// statement that test only its own clock, nil when there is none, when
// they disagree or when one is not followed.
func (f *finder) deadlineGiveUp(fd *ast.FuncDecl) []absVal {
	var loop *ast.ForStmt
	for _, s := range fd.Body.List {
		if fs, ok := s.(*ast.ForStmt); ok {
			if loop != nil || fs.Cond != nil {
				return nil
			}
			loop = fs
		}
	}
	if loop == nil || breaksOut(loop.Body) {
		return nil
	}
	var out []absVal
	for _, s := range loop.Body.List {
		is, ok := s.(*ast.IfStmt)
		if !ok || is.Init != nil || is.Else != nil || !f.ownClockTest(is.Cond, fd) {
			continue
		}
		w := &walker{f: f, vars: env{}}
		if w.stmts(is.Body.List) != walkReturn || len(w.ret) == 0 {
			return nil
		}
		for _, v := range w.ret {
			if v.kind == absPending {
				return nil // not carried across packages
			}
		}
		if out != nil && !sameVals(out, w.ret) {
			return nil
		}
		out = w.ret
	}
	return out
}

// ownClockTest: cond compares the clock with a time fd took or computed
// itself: it calls a function or method of package time (Now, Since,
// Until, After, Before), and every variable it reads is a time.Time or a
// time.Duration of fd (a local, or a parameter such as maxWait) — never
// a context, an error or a value the callback answered.
func (f *finder) ownClockTest(cond ast.Expr, fd *ast.FuncDecl) bool {
	clock, ok := false, true
	ast.Inspect(cond, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			ok = false
		case *ast.CallExpr:
			if fn := f.calleeFunc(x); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
				switch fn.Name() {
				case "Now", "Since", "Until", "After", "Before", "Sub":
					clock = true
				}
			}
		case *ast.Ident:
			if v := f.varOf(x); v != nil {
				def := f.defs[v]
				ok = def != nil && timeValue(v.Type()) && within(def, fd)
			}
		}
		return ok
	})
	return ok && clock
}

// timeValue: t is time.Time or time.Duration.
func timeValue(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && (n.Obj().Name() == "Time" || n.Obj().Name() == "Duration")
}

// giveUpSentinel names a sentinel give-up for a GiveUpFact: the name of an
// exported error variable of fn's own package, "" for any other (carried
// as an error of unknown identity).
func giveUpSentinel(fn *types.Func, v absVal) (kind absKind, name string) {
	if v.kind != absSentinel {
		return v.kind, ""
	}
	if v.v != nil && v.v.Exported() && v.v.Pkg() == fn.Pkg() {
		return absSentinel, v.v.Name()
	}
	return absErr, ""
}

// importedSentinel looks a sentinel named by a fact up in fn's package as
// the importer sees it; an error of unknown identity when it is not there.
func importedSentinel(fn *types.Func, name string) absVal {
	if fn.Pkg() != nil {
		if v, ok := fn.Pkg().Scope().Lookup(name).(*types.Var); ok && sentinel(v) {
			return absVal{kind: absSentinel, v: v}
		}
	}
	return absVal{kind: absErr}
}
