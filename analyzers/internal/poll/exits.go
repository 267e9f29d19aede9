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
			if f.guardOnStatus(g, l) || f.guardOnPredicate(g) {
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
			case g.cond != nil && f.guardOnError(g) && !passedOnSuccess(g) && f.ctxErrExit(g.cond, l):
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

// backoffBounds: a backoff.Retry stops by its policy (a retry cap, an
// elapsed-time limit, a context).
func (f *finder) backoffBounds(call *ast.CallExpr, l *Loop, add func(ast.Node, string)) {
	fn := f.calleeFunc(call)
	if isBackoffV5(fn) {
		if len(call.Args) > 0 {
			if tv, ok := f.info.Types[call.Args[0]]; ok && isContext(tv.Type) && !f.backgroundCtx(call.Args[0], l) {
				add(call.Args[0], "context given to backoff.Retry")
			}
		}
		// v5 gives up after DefaultMaxElapsedTime (15 minutes) unless
		// told WithMaxElapsedTime(0).
		elapsedLimit := true
		for _, a := range call.Args[min(2, len(call.Args)):] {
			if c, ok := unparen(a).(*ast.CallExpr); ok && len(c.Args) == 1 {
				switch calleeName(c) {
				case "WithMaxTries":
					// WithMaxTries(0) means no limit (v5.0.3 Retry:
					// args.MaxTries > 0 && numTries >= args.MaxTries).
					if n, ok := f.constFloat(c.Args[0]); !ok || n > 0 {
						add(c, "backoff limit")
					}
				case "WithMaxElapsedTime":
					if d, ok := f.constFloat(c.Args[0]); ok && d <= 0 {
						elapsedLimit = false
					}
				}
			}
		}
		if elapsedLimit {
			add(call, "backoff limit")
		}
		if p := f.retryPolicy(call); p != nil && f.stopPolicy(p) {
			add(p, "backoff.StopBackOff stops at once")
		}
		return
	}
	if p := f.retryPolicy(call); p != nil {
		f.policyBounds(p, l, add, 0)
	}
}

func (f *finder) policyBounds(b ast.Expr, l *Loop, add func(ast.Node, string), depth int) {
	if depth > 4 {
		return
	}
	b = unparen(b)
	switch e := b.(type) {
	case *ast.Ident:
		if v := f.varOf(e); v != nil {
			if w := f.elapsedWrite(v, l); w != nil {
				// b.MaxElapsedTime = 0 after NewExponentialBackOff():
				// the field, not the constructor's default, decides.
				if d, ok := f.constFloat(w.Rhs[0]); !ok || d > 0 {
					add(w, "backoff limit")
				}
				return
			}
			if def := f.defs[v]; def != nil {
				if rhs, ok := f.defValue(def); ok && rhs != nil {
					f.policyBounds(rhs, l, add, depth+1)
				}
			}
		}
	case *ast.CallExpr:
		fn := f.calleeFunc(e)
		if !isBackoff(fn) {
			add(e, "backoff limit") // an unknown policy: assume it stops
			return
		}
		switch fn.Name() {
		case "WithMaxRetries":
			add(e, "backoff limit")
		case "WithContext":
			if len(e.Args) == 2 && !f.backgroundCtx(e.Args[1], l) {
				add(e, "backoff limit")
			}
			if len(e.Args) >= 1 {
				f.policyBounds(e.Args[0], l, add, depth+1)
			}
		case "NewExponentialBackOff":
			stops := true
			for _, o := range e.Args {
				if oc, ok := unparen(o).(*ast.CallExpr); ok && calleeName(oc) == "WithMaxElapsedTime" && len(oc.Args) == 1 {
					if d, ok := f.constFloat(oc.Args[0]); ok && d == 0 {
						stops = false
					}
				}
			}
			if stops {
				add(e, "backoff limit")
			}
		}
	case *ast.UnaryExpr:
		f.policyBounds(e.X, l, add, depth+1)
	case *ast.CompositeLit:
		if f.stopPolicy(e) {
			add(e, "backoff.StopBackOff stops at once")
		}
		for _, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "MaxElapsedTime" {
				if d, ok := f.constFloat(kv.Value); !ok || d > 0 {
					add(kv, "backoff limit")
				}
			}
		}
	}
}

// stopPolicy: a backoff.StopBackOff, whose first NextBackOff is Stop.
func (f *finder) stopPolicy(b ast.Expr) bool {
	if u, ok := unparen(b).(*ast.UnaryExpr); ok && u.Op == token.AND {
		b = u.X
	}
	lit, ok := unparen(b).(*ast.CompositeLit)
	return ok && isBackoffType(f.info.Types[lit].Type, "StopBackOff")
}

// elapsedWrite returns the last `v.MaxElapsedTime = x` of the loop's
// function, nil if none.
func (f *finder) elapsedWrite(v *types.Var, l *Loop) *ast.AssignStmt {
	var last *ast.AssignStmt
	ast.Inspect(l.Func, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		if sel, ok := as.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "MaxElapsedTime" && f.varOf(sel.X) == v {
			last = as
		}
		return true
	})
	return last
}

// backoffRetry recognises backoff.Retry(func() error { … read … }, b).
func (f *finder) backoffRetry(call *ast.CallExpr) *Loop {
	fn := f.calleeFunc(call)
	if !isBackoff(fn) {
		return nil
	}
	switch fn.Name() {
	case "Retry", "RetryNotify", "RetryWithData", "RetryNotifyWithData", "RetryNotifyWithTimer", "RetryNotifyWithTimerAndData":
	default:
		return nil
	}
	i := 0
	if isBackoffV5(fn) {
		i = 1
	}
	if len(call.Args) <= i {
		return nil
	}
	op := unparen(call.Args[i])
	if v := f.varOf(op); v != nil {
		if def := f.defs[v]; def != nil {
			if rhs, ok := f.defValue(def); ok && rhs != nil {
				op = unparen(rhs)
			}
		}
	}
	lit, ok := op.(*ast.FuncLit)
	if !ok {
		return nil
	}
	return &Loop{Kind: BackoffRetry, Node: call, Pos: call.Pos(), Body: lit.Body, region: lit}
}

// recursion recognises a function that reads a payment's status and calls
// itself again.
func (f *finder) recursion(fd *ast.FuncDecl) *Loop {
	if fd.Body == nil || fd.Name == nil {
		return nil
	}
	l := &Loop{Kind: Recursion, Node: fd, Body: fd.Body, region: fd.Body, Func: fd, f: f}
	for _, c := range f.repeats(l) {
		if l.Pos == token.NoPos {
			l.Pos = c.Pos()
		}
	}
	if l.Pos == token.NoPos {
		return nil
	}
	return l
}

func (f *finder) isRecursiveCall(c *ast.CallExpr, l *Loop) bool {
	fd, ok := l.Node.(*ast.FuncDecl)
	if !ok {
		return false
	}
	self, _ := f.info.Defs[fd.Name].(*types.Func)
	return self != nil && f.calleeFunc(c) == self
}

func (f *finder) containsRecursiveCall(n ast.Node, l *Loop) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if c, ok := m.(*ast.CallExpr); ok && f.isRecursiveCall(c, l) {
			found = true
		}
		return !found
	})
	return found
}

// recursionInvariant: in a recursive poll, a parameter is the same payment
// when every recursive call passes it back unchanged.
func (f *finder) recursionInvariant(v *types.Var, l *Loop, depth int) bool {
	fd := l.Node.(*ast.FuncDecl)
	idx := paramIndex(f, fd, v)
	if idx < 0 {
		def := f.defs[v]
		if def == nil || !within(def, fd) {
			return true // package level
		}
		rhs, ok := f.defValue(def)
		if !ok {
			return false
		}
		return rhs == nil || f.invariant(rhs, l, depth+1)
	}
	for _, c := range f.repeats(l) {
		call := c.(*ast.CallExpr)
		if idx >= len(call.Args) || f.varOf(call.Args[idx]) != v {
			return false
		}
	}
	return true
}

func paramIndex(f *finder, fd *ast.FuncDecl, v *types.Var) int {
	i := 0
	for _, field := range fd.Type.Params.List {
		if len(field.Names) == 0 {
			i++
			continue
		}
		for _, n := range field.Names {
			if f.info.Defs[n] == v {
				return i
			}
			i++
		}
	}
	return -1
}

// recursionBounds: an attempt parameter passed on changed (n+1, n-1) and
// compared, or a context parameter checked.
func (f *finder) recursionBounds(l *Loop, add func(ast.Node, string)) {
	fd := l.Node.(*ast.FuncDecl)
	for _, c := range f.repeats(l) {
		call := c.(*ast.CallExpr)
		for i, a := range call.Args {
			if _, ok := unparen(a).(*ast.BinaryExpr); !ok {
				continue
			}
			p := paramAt(f, fd, i)
			if p == nil {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if is, ok := n.(*ast.IfStmt); ok && mentionsVar(f, is.Cond, p) && leavesRound(is.Body) {
					add(is.Cond, "attempt cap")
				}
				return true
			})
		}
	}
}

func paramAt(f *finder, fd *ast.FuncDecl, idx int) *types.Var {
	i := 0
	for _, field := range fd.Type.Params.List {
		for _, n := range field.Names {
			if i == idx {
				v, _ := f.info.Defs[n].(*types.Var)
				return v
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	return nil
}

var _ = payment.StatusRead
