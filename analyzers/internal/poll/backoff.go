package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

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
	lit, factory := f.handed(call.Args[i])
	if lit == nil {
		return nil
	}
	return &Loop{Kind: BackoffRetry, Node: call, Pos: call.Pos(), Body: lit.Body, region: lit, factory: factory}
}

// retryPolicy returns the backoff policy expression given to a
// cenkalti/backoff Retry call (v4: second argument; v5: WithBackOff).
func (f *finder) retryPolicy(call *ast.CallExpr) ast.Expr {
	fn := f.calleeFunc(call)
	if isBackoffV5(fn) {
		for _, a := range call.Args[min(2, len(call.Args)):] {
			if c, ok := unparen(a).(*ast.CallExpr); ok && calleeName(c) == "WithBackOff" && len(c.Args) == 1 {
				return c.Args[0]
			}
		}
		return nil
	}
	if len(call.Args) >= 2 {
		return call.Args[1]
	}
	return nil
}

// backoffWait resolves a cenkalti/backoff policy expression.
func (f *finder) backoffWait(b ast.Expr, l *Loop, depth int) *Wait {
	w := &Wait{Node: b, What: "backoff"}
	if depth > 4 {
		return w
	}
	b = unparen(b)
	if u, ok := b.(*ast.UnaryExpr); ok && u.Op == token.AND {
		b = unparen(u.X)
	}
	switch e := b.(type) {
	case *ast.Ident:
		v := f.varOf(e)
		if v == nil {
			return w
		}
		def := f.defs[v]
		if def == nil {
			return w
		}
		rhs, ok := f.defValue(def)
		if !ok || rhs == nil {
			return w
		}
		for _, a := range f.assigns[v] {
			if as, ok := a.(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
				if _, isSel := as.Lhs[0].(*ast.SelectorExpr); !isSel {
					return w // reassigned
				}
			}
		}
		bw := f.backoffWait(rhs, l, depth+1)
		f.backoffFieldWrites(v, bw, l)
		return bw
	case *ast.CallExpr:
		fn := f.calleeFunc(e)
		if !isBackoff(fn) {
			return w
		}
		switch fn.Name() {
		case "NewConstantBackOff":
			if len(e.Args) == 1 {
				w = f.durWait(e, "backoff.ConstantBackOff", e.Args[0], l)
				w.Node = e
			}
		case "NewExponentialBackOff":
			w.What, w.Grows = "backoff.ExponentialBackOff", true
			for _, o := range e.Args {
				if oc, ok := unparen(o).(*ast.CallExpr); ok && calleeName(oc) == "WithMultiplier" && len(oc.Args) == 1 {
					if m, ok := f.constFloat(oc.Args[0]); ok && m <= 1 {
						w.Grows = false
					}
				}
			}
		case "WithMaxRetries", "WithContext":
			if len(e.Args) >= 1 {
				return f.backoffWait(e.Args[0], l, depth+1)
			}
		}
	case *ast.CompositeLit:
		tv := f.info.Types[e]
		name := typeName(tv.Type)
		switch name {
		case "ZeroBackOff":
			// NextBackOff is always 0: the operation runs again at once.
			w.What, w.Known = "backoff.ZeroBackOff", true
		case "ConstantBackOff":
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "Interval" {
					w = f.durWait(e, "backoff.ConstantBackOff", kv.Value, l)
				}
			}
		case "ExponentialBackOff":
			w.What = "backoff.ExponentialBackOff"
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "Multiplier" {
					if m, ok := f.constFloat(kv.Value); ok && m > 1 {
						w.Grows = true
					}
				}
			}
		}
	}
	return w
}

// backoffFieldWrites applies b.Multiplier = x after construction.
func (f *finder) backoffFieldWrites(v *types.Var, w *Wait, l *Loop) {
	ast.Inspect(l.Func, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		sel, ok := as.Lhs[0].(*ast.SelectorExpr)
		if !ok || f.varOf(sel.X) != v {
			return true
		}
		switch sel.Sel.Name {
		case "Multiplier":
			if m, ok := f.constFloat(as.Rhs[0]); ok {
				w.Grows = m > 1
			} else {
				w.Known, w.Grows = false, false
			}
		case "Interval", "InitialInterval":
			w.Known = false
		}
		return true
	})
}

func (f *finder) constFloat(e ast.Expr) (float64, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	x, _ := constant.Float64Val(constant.ToFloat(tv.Value))
	return x, true
}
