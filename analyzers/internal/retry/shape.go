package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"time"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// shape finds how a helper waits between calls of its callback and what
// stops it. Whatever it does not understand makes the wait unknown or
// adds BoundOther: rules stay silent then.
type shape struct {
	r       *Result
	c       candidate
	call    *ast.CallExpr // the call of the func parameter
	region  ast.Node      // what repeats: the loop, or the recursive body
	results map[types.Object]bool

	// A field helper's (fieldhelper.go): holder is the receiver or
	// parameter whose func field call calls, doneField its done
	// predicate field (nil: none), waitField the duration field of the
	// holder the helper waits (filled by waits).
	holder    *types.Var
	doneField *types.Var
	waitField string
}

// boolResultTested reports whether the callback's first result is a bool
// that a condition of the loop tests (done, err := cond(); if done …).
func (s *shape) boolResultTested(loop ast.Stmt) bool {
	info := s.r.pass.TypesInfo
	t := info.TypeOf(s.call.Fun)
	if t == nil {
		return false
	}
	sig, _ := t.Underlying().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isBool(sig.Results().At(0).Type()) {
		return false
	}
	var done types.Object
	ast.Inspect(loop, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == s.call && len(as.Lhs) > 0 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name != "_" {
				done = info.ObjectOf(id)
			}
		}
		return done == nil
	})
	tested := false
	ast.Inspect(loop, func(n ast.Node) bool {
		var cond ast.Expr
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			cond = n.Cond
		case *ast.ForStmt:
			cond = n.Cond
		}
		if cond != nil && (within(s.call, cond) || done != nil && mentionsObj(info, cond, done)) {
			tested = true
		}
		return !tested
	})
	return tested
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

func mentionsObj(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && info.ObjectOf(id) == obj {
			found = true
		}
		return !found
	})
	return found
}

// wait is one wait found in the helper.
type wait struct {
	kind  payment.WaitKind
	d     time.Duration
	param int
	grows bool
	field string // a duration field of a field helper's holder
}

// waits fills f's Wait fields.
func (s *shape) waits(f *payment.HelperFact) {
	info := s.r.pass.TypesInfo
	var found []wait
	mayBlock := false
	if rs, ok := s.region.(*ast.RangeStmt); ok {
		if w, ok := s.chanWait(rs.X); ok {
			found = append(found, w)
		} else if t := info.TypeOf(rs.X); t != nil {
			if _, isChan := t.Underlying().(*types.Chan); isChan {
				mayBlock = true
			}
		}
	}
	ast.Inspect(s.region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.UnaryExpr:
			if n.Op != token.ARROW {
				return true
			}
			if w, ok := s.chanWait(n.X); ok {
				found = append(found, w)
			} else if !s.ctxDone(n.X) {
				mayBlock = true
			}
			return false
		case *ast.CallExpr:
			if n == s.call {
				return true
			}
			fn := s.r.staticCallee(n)
			switch {
			case isTimeFunc(fn, "Sleep") && len(n.Args) == 1:
				found = append(found, s.dur(n.Args[0], 0))
			case isTimeMethod(fn, "Reset") && len(n.Args) == 1:
				found = append(found, s.dur(n.Args[0], 0))
			case !s.harmless(n, fn):
				mayBlock = true
			}
		}
		return true
	})
	f.Wait, f.WaitParam = payment.WaitUnknown, -1
	switch {
	case len(found) == 0 && !mayBlock:
		f.Wait = payment.WaitNone
	case len(found) == 1:
		w := found[0]
		f.Wait, f.WaitDur, f.WaitParam, f.WaitGrows = w.kind, w.d, w.param, w.grows
		s.waitField = w.field
		if w.kind == payment.WaitUnknown {
			f.WaitParam = -1
		}
	case len(found) > 1:
		f.WaitGrows = found[0].grows
		if found[0].kind == payment.WaitConst {
			f.Wait, f.WaitDur = payment.WaitConst, found[0].d
		}
		for _, w := range found[1:] {
			f.WaitGrows = f.WaitGrows || w.grows
			if w.kind != payment.WaitConst || f.Wait != payment.WaitConst {
				f.Wait = payment.WaitUnknown
			} else if w.d > f.WaitDur {
				f.WaitDur = w.d // waits in sequence: the longest
			}
		}
	}
}

// chanWait: a receive from time.After(d), time.Tick(d), or the channel
// of a ticker or timer made from d in the helper.
func (s *shape) chanWait(ch ast.Expr) (wait, bool) {
	info := s.r.pass.TypesInfo
	ch = ast.Unparen(ch)
	if call, ok := ch.(*ast.CallExpr); ok {
		fn := s.r.staticCallee(call)
		if (isTimeFunc(fn, "After") || isTimeFunc(fn, "Tick")) && len(call.Args) == 1 {
			return s.dur(call.Args[0], 0), true
		}
		return wait{}, false
	}
	sel, ok := ch.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "C" {
		return wait{}, false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return wait{}, false
	}
	v, _ := info.Uses[id].(*types.Var)
	def := s.defOf(v)
	call, ok := ast.Unparen(def).(*ast.CallExpr)
	if !ok {
		return wait{kind: payment.WaitUnknown}, true
	}
	fn := s.r.staticCallee(call)
	if (isTimeFunc(fn, "NewTicker") || isTimeFunc(fn, "NewTimer")) && len(call.Args) == 1 {
		if s.resetIn(v) {
			return wait{}, false // the Reset in the loop is the wait
		}
		return s.dur(call.Args[0], 0), true
	}
	return wait{kind: payment.WaitUnknown}, true
}

// resetIn reports whether v.Reset(…) is called in the region.
func (s *shape) resetIn(v *types.Var) bool {
	found := false
	ast.Inspect(s.region, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Reset" {
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && s.r.pass.TypesInfo.Uses[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// dur folds a duration expression: a constant, a parameter of the
// helper, or a variable grown in the loop.
func (s *shape) dur(e ast.Expr, depth int) wait {
	info := s.r.pass.TypesInfo
	unknown := wait{kind: payment.WaitUnknown, param: -1}
	if depth > 3 || e == nil {
		return unknown
	}
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if d, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return wait{kind: payment.WaitConst, d: time.Duration(d), param: -1}
		}
		return unknown
	}
	switch x := e.(type) {
	case *ast.CallExpr: // time.Duration(d)
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return s.dur(x.Args[0], depth+1)
		}
	case *ast.BinaryExpr:
		l, r := s.dur(x.X, depth+1), s.dur(x.Y, depth+1)
		switch {
		case s.changes(x.Y):
			l.grows = true // d * time.Duration(attempt), d << i
			return l
		case s.changes(x.X):
			r.grows = true
			return r
		case l.kind == payment.WaitConst && r.kind == payment.WaitConst:
			return unknown // folded by go/types when constant
		}
	case *ast.SelectorExpr:
		if name := s.holderField(x); name != "" {
			return wait{kind: payment.WaitUnknown, param: -1, field: name, grows: s.changes(x)}
		}
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v == nil {
			return unknown
		}
		grows := s.assignedIn(v)
		if i := s.r.paramIndex(s.c, x); i >= 0 {
			return wait{kind: payment.WaitParam, param: i, grows: grows}
		}
		w := s.dur(s.defOf(v), depth+1)
		w.grows = w.grows || grows
		return w
	}
	return unknown
}

// changes reports whether e uses a variable assigned in the region (an
// attempt counter).
func (s *shape) changes(e ast.Expr) bool {
	info := s.r.pass.TypesInfo
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && s.assignedIn(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// assignedIn reports whether v is assigned (not defined) or incremented
// in the region, or in the post statement of the loop.
func (s *shape) assignedIn(v *types.Var) bool {
	info := s.r.pass.TypesInfo
	found := false
	if s.region == nil {
		return false
	}
	ast.Inspect(s.region, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				return true
			}
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.Uses[id] == v {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == v {
				found = true
			}
		case *ast.RangeStmt:
			if id, ok := n.Key.(*ast.Ident); ok && info.Defs[id] == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// defOf returns the expression v is defined from in the helper, or nil.
func (s *shape) defOf(v *types.Var) ast.Expr {
	if v == nil {
		return nil
	}
	info := s.r.pass.TypesInfo
	var out ast.Expr
	ast.Inspect(s.c.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Defs[id] == v {
					out = n.Rhs[i]
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v && i < len(n.Values) {
					out = n.Values[i]
				}
			}
		}
		return out == nil
	})
	return out
}

// ctxDone reports whether ch is ctx.Done() of a context.
func (s *shape) ctxDone(ch ast.Expr) bool {
	call, ok := ast.Unparen(ch).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := s.r.staticCallee(call)
	return fn != nil && fn.Name() == "Done" && isContextRecv(s.r.pass.TypesInfo, call)
}

// harmless reports whether a call in the loop cannot wait: a builtin, a
// conversion, a method of a context or time value, or a function of a
// package that computes values.
func (s *shape) harmless(call *ast.CallExpr, fn *types.Func) bool {
	return s.r.harmlessCall(call, fn, quietDepth)
}

// harmlessCall: call (of fn) never waits; depth bounds the functions of
// the package read through (sendwork.go).
func (r *Result) harmlessCall(call *ast.CallExpr, fn *types.Func, depth int) bool {
	info := r.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			return true
		}
	}
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "errors", "fmt", "strings", "strconv", "math", "context", "log", "log/slog":
		return true
	case "time":
		return fn.Name() != "Sleep"
	case "io":
		// Draining and closing the last answer (resp.Body.Close(),
		// io.Copy(io.Discard, resp.Body), io.ReadAll) is not a wait.
		switch fn.Name() {
		case "Close", "ReadAll", "Copy", "CopyN":
			return true
		}
	case "encoding/json":
		return true
	}
	// Building the next attempt's request, or a function of the package
	// that only computes (sendwork.go).
	return buildsRequest(fn) || r.quietFunc(fn, depth)
}

func isTimeFunc(fn *types.Func, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == name &&
		fn.Type().(*types.Signature).Recv() == nil
}

func isTimeMethod(fn *types.Func, name string) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time" && fn.Name() == name &&
		fn.Type().(*types.Signature).Recv() != nil
}

// isContextRecv reports whether call is a method call on a
// context.Context.
func isContextRecv(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	return isContextType(info.TypeOf(sel.X))
}

func isContextType(t types.Type) bool {
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// isBackground reports whether e is context.Background() or
// context.TODO(): a context that never ends.
func isBackground(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fn, _ := info.Uses[sel.Sel].(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" &&
		(fn.Name() == "Background" || fn.Name() == "TODO")
}

// perItemIn reports whether the callback is given something that changes
// from call to call (a range variable, a counter, a value stepped in the
// loop): a search over items (IndexFunc), not a repeat of one question.
func (s *shape) perItemIn(loop ast.Stmt) bool {
	saved := s.region
	s.region = loop
	defer func() { s.region = saved }()
	info := s.r.pass.TypesInfo
	defined := map[types.Object]bool{}
	ast.Inspect(loop, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := info.Defs[id]; obj != nil {
				defined[obj] = true
			}
		}
		return true
	})
	for _, a := range s.call.Args {
		found := false
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && (defined[v] || s.assignedIn(v)) {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
