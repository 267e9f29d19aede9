package poll

import (
	"go/ast"
	"go/types"
)

// findBounds fills l.Bounds.
func (f *finder) findBounds(l *Loop) {
	add := func(n ast.Node, what string) { l.Bounds = append(l.Bounds, &Bound{Node: n, What: what}) }
	switch n := l.Node.(type) {
	case *ast.ForStmt:
		if n.Cond != nil && f.boundish(n.Cond, l) {
			add(n.Cond, "loop condition")
		}
	case *ast.RangeStmt:
		if tv, ok := f.info.Types[n.X]; ok && tv.Type != nil {
			if _, isChan := tv.Type.Underlying().(*types.Chan); !isChan {
				if _, isSig := tv.Type.Underlying().(*types.Signature); !isSig {
					add(n.X, "finite range")
				}
			}
		}
	case *ast.CallExpr:
		if l.Kind == Helper {
			f.helperBounds(l, add)
		} else {
			f.backoffBounds(n, l, add)
		}
	}
	// Exits on something else than the status or an error: a counter, a
	// deadline, a context, a timeout channel.
	for _, e := range l.Exits {
		if _, isCond := e.Node.(ast.Expr); isCond {
			continue
		}
		for _, g := range f.guards(e.Node, l) {
			switch {
			case g.comm != nil:
				if !f.commIsWait(g.comm, l) {
					add(g.comm, "select case "+types.ExprString(commChan(g.comm)))
				}
			case g.cond != nil && f.boundish(g.cond, l):
				add(g.cond, "exit on "+types.ExprString(g.cond))
			case g.cond != nil && f.guardOnError(g) && !passedOnSuccess(g) && f.ctxErrExit(g.cond, l) && !l.AfterTerminal(e.Node) && !l.afterSiblingState(e.Node, true):
				// An exit reached only once the payment is final (a store
				// write that fails after SUCCESSFUL, or after a state of the
				// provider's group, siblings.go) is never reached while
				// it stays PENDING: no bound.
				add(g.cond, "exit on the error of a call given a context")
			case g.clause != nil:
				for _, x := range append([]ast.Expr{g.tag}, g.clause.List...) {
					if x != nil && f.boundish(x, l) {
						add(g.clause, "exit on "+types.ExprString(x))
						break
					}
				}
			}
		}
	}
	// ctx.Done() received or ctx.Err() checked anywhere in the loop.
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			fn := f.calleeFunc(c)
			if fn != nil && (fn.Name() == "Done" || fn.Name() == "Err") && isContext(f.recvType(c)) {
				add(c, "ctx."+fn.Name()+"()")
			}
		}
		return true
	})
	if l.Kind == Recursion {
		f.recursionBounds(l, add)
		f.onceLoopBounds(l, add) // recursionloop.go
	}
}

// passedOnSuccess: the guard lets the exit through only when the error is
// nil (the else of `if err != nil { log }`, or `if err == nil`): the exit
// is taken after a read that worked, not because the context ended, so it
// is no bound. An error test of unknown polarity stays a bound.
func passedOnSuccess(g guard) bool {
	switch failedWhen(g.cond) {
	case 1:
		return g.neg
	case -1:
		return !g.neg
	}
	return false
}

// boundish reports whether a condition can end the loop while the status
// stays the same: it uses a counter or value changed in the loop (other
// than the status), a time, a deadline or a context.
func (f *finder) boundish(e ast.Expr, l *Loop) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := f.calleeFunc(n)
			if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" {
				found = true
			}
			if fn != nil && (fn.Name() == "Err" || fn.Name() == "Deadline") && isContext(f.recvType(n)) {
				found = true
			}
		case *ast.Ident:
			v := f.varOf(n)
			if v == nil || l.status[v] || isError(v.Type()) {
				return true
			}
			if isTime(v.Type()) || isContext(v.Type()) {
				found = true
				return false
			}
			for _, a := range f.assigns[v] {
				if l.Contains(a) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

func isTime(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && (n.Obj().Name() == "Time" || n.Obj().Name() == "Duration")
}

// ctxErrExit: the error variable in cond comes from a call that was given a
// cancellable context (directly, or through a request built with one).
func (f *finder) ctxErrExit(cond ast.Expr, l *Loop) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v := f.varOf(id)
		if v == nil || !isError(v.Type()) {
			return true
		}
		for _, call := range f.errorSources(v, l) {
			if f.givenContext(call, l, 0) {
				found = true
			}
		}
		return !found
	})
	return found
}

// errorSources returns the calls in the loop whose error result is
// assigned to v.
func (f *finder) errorSources(v *types.Var, l *Loop) []*ast.CallExpr {
	var out []*ast.CallExpr
	ast.Inspect(l.region, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 {
			return true
		}
		for _, lhs := range as.Lhs {
			if f.varOf(lhs) == v {
				if c, ok := unparen(as.Rhs[0]).(*ast.CallExpr); ok {
					out = append(out, c)
				}
			}
		}
		return true
	})
	if ifs, ok := f.parent[f.defs[v]].(*ast.AssignStmt); ok && len(ifs.Rhs) == 1 {
		if c, ok := unparen(ifs.Rhs[0]).(*ast.CallExpr); ok {
			out = append(out, c)
		}
	}
	return out
}

// givenContext reports whether a call receives a context that can be
// cancelled (not context.Background or TODO).
func (f *finder) givenContext(call *ast.CallExpr, l *Loop, depth int) bool {
	if depth > 3 {
		return false
	}
	args := append([]ast.Expr{}, call.Args...)
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		args = append(args, sel.X)
	}
	for _, a := range args {
		tv, ok := f.info.Types[a]
		if ok && isContext(tv.Type) && !f.backgroundCtx(a, l) {
			return true
		}
		a = unparen(a)
		if c, ok := a.(*ast.CallExpr); ok && f.givenContext(c, l, depth+1) {
			return true
		}
		if v := f.varOf(a); v != nil {
			if c := f.singleCallDef(v); c != nil && f.givenContext(c, l, depth+1) {
				return true
			}
		}
	}
	return false
}

func (f *finder) backgroundCtx(e ast.Expr, l *Loop) bool {
	for range 5 {
		e = unparen(e)
		if ctx, ok := f.helperCtx(e, l); ok {
			e = ctx // the callback's context comes from the helper's caller
		}
		if v := f.varOf(e); v != nil {
			c := f.singleCallDef(v)
			if c == nil {
				return false
			}
			e = c
		}
		c, ok := e.(*ast.CallExpr)
		if !ok {
			return false
		}
		fn := f.calleeFunc(c)
		if isFunc(fn, "context", "Background", "TODO") {
			return true
		}
		// A context derived in the loop (a per-request timeout) is as
		// cancellable as its parent: it does not bound the loop.
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "context" || len(c.Args) == 0 || !l.Contains(c) {
			return false
		}
		e = c.Args[0]
	}
	return false
}
