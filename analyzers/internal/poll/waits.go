package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"time"
)

// findWaits fills l.Waits and l.MayBlock.
func (f *finder) findWaits(l *Loop) {
	seen := map[ast.Node]*Wait{}
	add := func(w *Wait) *Wait {
		if w == nil {
			return nil
		}
		if old := seen[w.Node]; old != nil {
			return old
		}
		seen[w.Node] = w
		l.Waits = append(l.Waits, w)
		return w
	}
	if r, ok := l.Node.(*ast.RangeStmt); ok && l.Kind == Range {
		if c, ok := unparen(r.X).(*ast.CallExpr); ok && isFunc(f.calleeFunc(c), "time", "Tick") && len(c.Args) == 1 {
			add(f.durWait(c, "time.Tick", c.Args[0], l))
		} else if w, _ := f.chanWait(r.X, l); w != nil {
			add(w)
		}
	}
	if l.Kind == Helper {
		f.helperWaits(l, add)
	}
	if l.Kind == BackoffRetry {
		call := l.Node.(*ast.CallExpr)
		if b := f.retryPolicy(call); b != nil {
			add(f.backoffWait(b, l, 0))
		} else if isBackoffV5(f.calleeFunc(call)) {
			add(&Wait{Node: call, What: "backoff.ExponentialBackOff", Grows: true})
		}
	}
	builders := map[*ast.CallExpr]bool{} // the ops' own request builders (nonblock.go)
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok && l.Kind != BackoffRetry && l.Kind != Helper && f.parent[lit] != nil {
			if _, isGo := f.parent[f.parent[lit]].(*ast.GoStmt); isGo {
				return false
			}
		}
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if f.returnLeaves(n, l) {
				return false // what a return calls runs after the last pass: no wait between passes
			}
		case *ast.CallExpr:
			if op := f.ops[n]; op != nil {
				if f.waitsItself(op) || f.waitsInside(f.calleeFunc(n), 0) { // chainmined.go, waitinside.go
					l.MayBlock = true
				}
				for c := range builderCalls(n) {
					builders[c] = true
				}
				f.argBuilders(n, builders) // callees.go
				return true
			}
			if builders[n] || f.trivialCall(n) {
				return true
			}
			fn := f.calleeFunc(n)
			switch {
			case isFunc(fn, "time", "Sleep") && len(n.Args) == 1:
				add(f.durWait(n, "time.Sleep", n.Args[0], l))
			case isMethod(fn, "time", "Ticker", "Reset") && len(n.Args) == 1:
				add(f.durWait(n, "Ticker.Reset", n.Args[0], l))
			case isMethod(fn, "time", "Timer", "Reset") && len(n.Args) == 1:
				add(f.durWait(n, "Timer.Reset", n.Args[0], l))
			case isFunc(fn, "time", "NewTimer", "NewTicker", "Tick", "After") && len(n.Args) == 1:
				// made in the loop and received from: a wait
				add(f.durWait(n, "time."+fn.Name(), n.Args[0], l))
			case fn != nil && f.sleepHelper(n, fn) != nil:
				add(f.durWait(n, fn.Name(), f.sleepHelper(n, fn), l))
			case fn == nil && f.inlineLit(n): // its body is walked here (litcall.go)
			case fn == nil || !f.nonBlocking(fn):
				if !isFunc(fn, "time", "AfterFunc") {
					l.MayBlock = true
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				w, bound := f.chanWait(n.X, l)
				sel := f.selectOf(n)
				switch {
				case w != nil:
					add(w).sel = sel
				case bound:
				default:
					l.MayBlock = true
					// An unknown channel (a webhook nudge, a work queue)
					// is a wait of unknown length, unless its select case
					// leaves the loop (a stop channel: a bound).
					if sel == nil || !f.caseLeaves(n, l) {
						add(&Wait{Node: n, What: "channel", sel: sel})
					}
				}
			}
		case *ast.SelectStmt:
			hasDefault := false
			for _, c := range n.Body.List {
				if cc, ok := c.(*ast.CommClause); ok && cc.Comm == nil {
					hasDefault = true
				}
			}
			if !hasDefault {
				l.MayBlock = true
			}
		case *ast.SendStmt:
			l.MayBlock = true
		}
		return true
	})
}

// returnLeaves: ret leaves a for or range loop l (no function literal
// between them), so the calls in its results run once, after the last
// pass: "if err == nil { return s.store.MarkReleased(ctx, id) }" waits
// between no two attempts. In a retry library's or helper's operation a
// return only ends one attempt.
func (f *finder) returnLeaves(ret *ast.ReturnStmt, l *Loop) bool {
	if l.Kind != For && l.Kind != Range {
		return false
	}
	for p := f.parent[ret]; p != nil; p = f.parent[p] {
		if p == l.Node {
			return true
		}
		if _, ok := p.(*ast.FuncLit); ok {
			return false
		}
	}
	return false
}

// caseLeaves reports whether the select case receiving with receive
// leaves the loop.
func (f *finder) caseLeaves(receive ast.Node, l *Loop) bool {
	var cc *ast.CommClause
	for p := f.parent[receive]; p != nil && cc == nil; p = f.parent[p] {
		cc, _ = p.(*ast.CommClause)
	}
	for _, s := range cc.Body {
		if f.leavesIn(s, l) {
			return true
		}
	}
	return false
}

// selectOf returns the select statement of which receive is a case, nil
// if none.
func (f *finder) selectOf(receive ast.Node) ast.Node {
	p := f.parent[receive]
	if _, ok := p.(*ast.ExprStmt); ok {
		p = f.parent[p]
	} else if _, ok := p.(*ast.AssignStmt); ok {
		p = f.parent[p]
	}
	if _, ok := p.(*ast.CommClause); !ok {
		return nil
	}
	return f.parent[f.parent[p]]
}

// sleepHelper returns the duration argument of a call to a helper that
// sleeps (sleepCtx(ctx, d), clock.Sleep(d), pause(d)): named for sleeping,
// waiting, pausing or delaying, taking one time.Duration and otherwise only
// contexts. Nil if call is not one.
func (f *finder) sleepHelper(call *ast.CallExpr, fn *types.Func) ast.Expr {
	if !matchAny(fn.Name(), []string{"sleep", "wait", "pause", "delay"}) || fn.Pkg() != nil && fn.Pkg().Path() == "time" {
		return nil
	}
	var d ast.Expr
	for _, a := range call.Args {
		tv, ok := f.info.Types[a]
		switch {
		case !ok:
			return nil
		case isContext(tv.Type):
		case isDuration(tv.Type) && d == nil:
			d = a
		default:
			return nil
		}
	}
	return d
}

func isDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Duration"
}

// chanWait classifies a channel received from in the loop: a wait (a
// ticker, a time.After or time.Tick made in the loop), or a bound (a
// context's Done, a timeout made before the loop, a timer never reset);
// both nil/false for an unknown channel.
func (f *finder) chanWait(ch ast.Expr, l *Loop) (*Wait, bool) {
	switch e := unparen(ch).(type) {
	case *ast.CallExpr:
		fn := f.calleeFunc(e)
		switch {
		case isFunc(fn, "time", "Tick") && len(e.Args) == 1:
			return f.durWait(e, "time.Tick", e.Args[0], l), false
		case isFunc(fn, "time", "After") && len(e.Args) == 1:
			if l.Contains(e) {
				return f.durWait(e, "time.After", e.Args[0], l), false
			}
			return nil, true // a timeout made before the loop
		case fn != nil && fn.Name() == "Done" && isContext(f.recvType(e)):
			return nil, true
		}
	case *ast.SelectorExpr:
		// t.C of a ticker or timer made with a constructor
		v, call := f.defCall(e.X)
		if call == nil || e.Sel.Name != "C" {
			return nil, false
		}
		fn := f.calleeFunc(call)
		switch {
		case isFunc(fn, "time", "NewTicker") && len(call.Args) == 1:
			w := f.durWait(call, "time.NewTicker", call.Args[0], l)
			w.Replaced = f.resetIn(v, l)
			return w, false
		case isFunc(fn, "time", "NewTimer") && len(call.Args) == 1:
			if f.resetIn(v, l) || l.Contains(call) {
				w := f.durWait(call, "time.NewTimer", call.Args[0], l)
				w.Replaced = f.resetIn(v, l)
				return w, false
			}
			return nil, true // a deadline timer set once
		case isBackoff(fn) && fn.Name() == "NewTicker" && len(call.Args) >= 1:
			return f.backoffWait(call.Args[0], l, 0), false
		}
	case *ast.Ident:
		if _, call := f.defCall(e); call != nil {
			return f.chanWait(call, l)
		}
	}
	return nil, false
}

// defCall returns the variable e names and the call it is defined from,
// when it is never assigned again.
func (f *finder) defCall(e ast.Expr) (*types.Var, *ast.CallExpr) {
	v := f.varOf(e)
	if v == nil {
		return nil, nil
	}
	return v, f.singleCallDef(v)
}

// resetIn reports whether timer v is Reset in the loop.
func (f *finder) resetIn(v *types.Var, l *Loop) bool {
	found := false
	ast.Inspect(l.region, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Reset" && f.varOf(sel.X) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// singleCallDef returns the call a variable is defined from, when it is
// never assigned again.
func (f *finder) singleCallDef(v *types.Var) *ast.CallExpr {
	def := f.defs[v]
	if def == nil {
		return nil
	}
	rhs, ok := f.defValue(def)
	if !ok || rhs == nil {
		return nil
	}
	for _, a := range f.assigns[v] {
		if _, isAddr := a.(*ast.UnaryExpr); !isAddr {
			return nil
		}
	}
	c, _ := unparen(rhs).(*ast.CallExpr)
	return c
}

// durWait builds a wait of duration d made by call.
func (f *finder) durWait(call ast.Node, what string, d ast.Expr, l *Loop) *Wait {
	w := &Wait{Node: call, What: what, Dur: d}
	if c, ok := unparen(d).(*ast.CallExpr); ok {
		if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "NextBackOff" {
			bw := f.backoffWait(sel.X, l, 0)
			bw.Node = call
			bw.What = what + "(" + bw.What + ")"
			return bw
		}
	}
	w.D, w.Known, w.Grows = f.duration(d, l, 0)
	w.Literal = w.Known && f.literal(d)
	return w
}

// duration folds a duration expression.
func (f *finder) duration(e ast.Expr, l *Loop, depth int) (time.Duration, bool, bool) {
	e = unparen(e)
	if tv, ok := f.info.Types[e]; ok && tv.Value != nil {
		if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact {
			return time.Duration(v), true, false
		}
		return 0, false, false
	}
	if depth > 4 {
		return 0, false, false
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if d, known := f.fieldDuration(sel); known { // fieldvals.go
			return d, true, false
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return 0, false, f.growsIn(e, l)
	}
	v := f.varOf(id)
	if v == nil {
		return 0, false, false
	}
	grows, other := false, false
	for _, a := range f.assigns[v] {
		if l.Contains(a) {
			if f.growth(a, v) {
				grows = true
			} else {
				other = true
			}
		}
	}
	if grows {
		return 0, false, true
	}
	if other {
		return 0, false, false
	}
	if len(f.assigns[v]) > 0 {
		return 0, false, false // assigned again before the loop
	}
	def := f.defs[v]
	if def == nil {
		return 0, false, false // parameter of another file's function, or package var of another file
	}
	if _, isField := f.parent[def].(*ast.Field); isField {
		return 0, false, false // a parameter
	}
	if v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return 0, false, false // package variables may be set by flags or tests
	}
	rhs, ok := f.defValue(def)
	if !ok || rhs == nil {
		return 0, false, false
	}
	d, known, _ := f.duration(rhs, l, depth+1)
	return d, known, false
}

// growth reports whether assignment a increases v (v *= 2, v += d,
// v = v*2, v = min(v*2, max), v <<= 1).
func (f *finder) growth(a ast.Node, v *types.Var) bool {
	as, ok := a.(*ast.AssignStmt)
	if !ok {
		return false
	}
	switch as.Tok {
	case token.MUL_ASSIGN, token.ADD_ASSIGN, token.SHL_ASSIGN:
		return true
	case token.ASSIGN, token.DEFINE:
		for _, r := range as.Rhs {
			self := false
			ast.Inspect(r, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && f.varOf(id) == v {
					self = true
				}
				return !self
			})
			if self {
				return true
			}
		}
	}
	return false
}

// growsIn: a non-constant duration expression built from a counter that
// increases in the loop (time.Duration(attempt) * time.Second, base << n).
func (f *finder) growsIn(e ast.Expr, l *Loop) bool {
	grows := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v := f.varOf(id); v != nil {
				for _, a := range f.assigns[v] {
					if l.Contains(a) && (f.growth(a, v) || isIncrement(a)) {
						grows = true
					}
				}
			}
		}
		return !grows
	})
	return grows
}

func isIncrement(a ast.Node) bool {
	s, ok := a.(*ast.IncDecStmt)
	return ok && s.Tok == token.INC
}

// literal reports whether d is written from literals and time's unit
// constants only.
func (f *finder) literal(d ast.Expr) bool {
	ok := true
	ast.Inspect(d, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			switch obj := f.info.Uses[n].(type) {
			case *types.PkgName:
			case *types.TypeName:
				ok = ok && obj.Pkg() != nil && obj.Pkg().Path() == "time"
			case *types.Const:
				ok = ok && obj.Pkg() != nil && obj.Pkg().Path() == "time"
			default:
				ok = false
			}
		case *ast.BasicLit, *ast.BinaryExpr, *ast.ParenExpr, *ast.SelectorExpr, *ast.CallExpr, *ast.UnaryExpr:
		default:
			ok = false
		}
		return ok
	})
	return ok
}
