package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// loop returns the Loop construct when loop (a *ast.ForStmt or
// *ast.RangeStmt with the given body) runs cur again after cur's error or
// status, and nil otherwise. path starts at loop.
//
// A loop is a retry of cur when all of these hold:
//   - it is an attempt loop: for {…}, for cond {…} whose condition is not
//     an iterator (no len(…), no Next/Scan…), a counter loop, range over
//     an integer, or a range whose variables do not feed op;
//   - cur's outcome decides whether to go round again: the loop's own
//     condition tests cur's results (for err != nil), or the loop can be
//     left on cur's success path (an exit after cur, unconditional or in
//     a branch on cur's results that is not the error branch; exits
//     under unrelated conditions such as <-ctx.Done() do not count) and
//     a branch on cur's results continues or leaves the loop. A loop that
//     goes round after success too (a periodic job, "do it n times") or
//     where only the error leaves (a batch) is not a retry;
//   - the loop can go round again after cur;
//   - op does not work on a different item per iteration: its arguments
//     do not depend on the range variables, on a counter used as an
//     index, or on a value received per iteration (channel receive,
//     Next/Recv/Receive/Pop/Dequeue/Fetch/Scan…).
func (r *Result) loop(loop ast.Stmt, body *ast.BlockStmt, cur ast.Node, op *ast.CallExpr, path []ast.Node) *Construct {
	info := r.pass.TypesInfo
	var cond ast.Expr
	var counters []types.Object
	items := map[types.Object]bool{}
	indexers := map[types.Object]bool{}
	name := "for loop"
	switch l := loop.(type) {
	case *ast.ForStmt:
		cond = l.Cond
		if cond != nil && iteratorCond(info, cond) {
			return nil
		}
		if init, ok := l.Init.(*ast.AssignStmt); ok {
			for _, lhs := range init.Lhs {
				if id, ok := lhs.(*ast.Ident); ok {
					if obj := info.ObjectOf(id); obj != nil {
						counters = append(counters, obj)
						indexers[obj] = true
					}
				}
			}
		}
	case *ast.RangeStmt:
		t := info.TypeOf(l.X)
		if t == nil {
			return nil
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			if id, ok := l.Key.(*ast.Ident); ok {
				if obj := info.ObjectOf(id); obj != nil {
					counters = append(counters, obj)
					indexers[obj] = true
				}
			}
		} else {
			for _, e := range []ast.Expr{l.Key, l.Value} {
				if id, ok := e.(*ast.Ident); ok {
					if obj := info.ObjectOf(id); obj != nil {
						items[obj] = true
					}
				}
			}
			if isBackoffTicker(info, l.X) {
				name = "backoff.Ticker loop"
			}
		}
	default:
		return nil
	}
	label := loopLabel(loop, path)

	// Does op work on a different item per iteration?
	r.taintItems(body, items, indexers)
	if mentionsItem(info, op, items, indexers) {
		return nil
	}
	if c, ok := cur.(*ast.CallExpr); ok && c != op && mentionsItem(info, c, items, indexers) {
		return nil
	}

	// cur's results, and what the loop derives from them.
	results, direct := r.results(cur, body)
	if len(results) == 0 && !direct {
		return nil
	}
	r.taintFrom(body, results)
	mentions := func(e ast.Node) bool {
		if e == nil {
			return false
		}
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if found {
				return false
			}
			if n == cur {
				found = true
				return false
			}
			if id, ok := n.(*ast.Ident); ok && results[info.ObjectOf(id)] {
				found = true
			}
			return true
		})
		return found
	}

	w := &walker{label: label, after: cur.End(), mentions: mentions, polarity: func(c ast.Expr) int {
		return errPolarity(info, c, results)
	}}
	w.walk(body, branchCtx{breakL: true, continueL: true, success: true})
	canContinue := w.sawContinue || !terminates(body, label)
	decides := (cond != nil && mentions(cond)) ||
		(w.successExit && (w.guardedContinue || w.guardedSuccessExit))
	if !decides || !canContinue {
		return nil
	}
	return &Construct{Kind: Loop, Name: name, Pos: loop.Pos(), Node: loop, Region: body, Counters: counters,
		ErrorLeaves: errorLeaves(info, cur, body, label)}
}

// errorLeaves reports whether cur's error is checked right after it, at
// the top of the loop body, by an `if err != nil` whose branch always
// leaves the loop (return, break, panic) and never continues it: the
// loop goes round again only after cur succeeded.
func errorLeaves(info *types.Info, cur ast.Node, body *ast.BlockStmt, label string) bool {
	in := func(n ast.Node) bool { return n != nil && n.Pos() <= cur.Pos() && cur.End() <= n.End() }
	for i, st := range body.List {
		var as *ast.AssignStmt
		var check *ast.IfStmt
		switch s := st.(type) {
		case *ast.AssignStmt:
			if !in(s) {
				continue
			}
			as = s
			if i+1 < len(body.List) {
				check, _ = body.List[i+1].(*ast.IfStmt)
			}
			if check != nil && check.Init != nil {
				check = nil
			}
		case *ast.IfStmt:
			if init, ok := s.Init.(*ast.AssignStmt); ok && in(init) {
				as, check = init, s
			}
		}
		if as == nil {
			continue
		}
		if check == nil {
			return false
		}
		var errObj types.Object
		for _, lhs := range as.Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
				if o := info.ObjectOf(id); o != nil && types.Identical(o.Type(), types.Universe.Lookup("error").Type()) {
					errObj = o
				}
			}
		}
		b, ok := ast.Unparen(check.Cond).(*ast.BinaryExpr)
		if errObj == nil || !ok || b.Op != token.NEQ || !isNil(info, b.Y) {
			return false
		}
		if id, ok := ast.Unparen(b.X).(*ast.Ident); !ok || info.ObjectOf(id) != errObj {
			return false
		}
		return alwaysLeaves(check.Body, label)
	}
	return false
}

// alwaysLeaves reports whether a branch inside a loop body always leaves
// the loop and has no continue of it.
func alwaysLeaves(b *ast.BlockStmt, label string) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	cont := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.BranchStmt:
			if s.Tok == token.CONTINUE && (s.Label == nil || s.Label.Name == label) {
				cont = true
			}
		}
		return !cont
	})
	if cont {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.BREAK && (s.Label == nil || s.Label.Name == label)
	case *ast.ExprStmt:
		return IsExit(s.X)
	}
	return false
}

// loopLabel returns the label of loop, if labelled.
func loopLabel(loop ast.Stmt, path []ast.Node) string {
	if len(path) > 1 {
		if ls, ok := path[1].(*ast.LabeledStmt); ok && ls.Stmt == loop {
			return ls.Label.Name
		}
	}
	return ""
}

// iteratorCond reports whether a for condition steps through items:
// it calls len or an iterator-like method.
func iteratorCond(info *types.Info, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			if b, ok := info.Uses[fun].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
				found = true
			}
		case *ast.SelectorExpr:
			if iteratorName(fun.Sel.Name) {
				found = true
			}
		}
		return !found
	})
	return found
}

// iteratorName reports whether a method name fetches the next item.
func iteratorName(name string) bool {
	for _, p := range []string{"Next", "Scan", "Recv", "Receive", "Pop", "Dequeue", "Fetch", "Pull", "Take", "Shift", "More", "HasNext", "Read"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func isBackoffTicker(info *types.Info, x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "C" {
		return false
	}
	t := info.TypeOf(sel.X)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "Ticker" && n.Obj().Pkg() != nil &&
		strings.HasPrefix(n.Obj().Pkg().Path(), "github.com/cenkalti/backoff")
}

// taintItems grows items with the variables of body that hold a
// different item per iteration: derived from the range variables, from
// an index by a counter (orders[i]), from a channel receive or an
// iterator-like call.
func (r *Result) taintItems(body *ast.BlockStmt, items, indexers map[types.Object]bool) {
	info := r.pass.TypesInfo
	isSource := func(e ast.Expr) bool {
		if mentionsItem(info, e, items, indexers) {
			return true
		}
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.UnaryExpr:
				if x.Op == token.ARROW {
					found = true
				}
			case *ast.CallExpr:
				if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && iteratorName(sel.Sel.Name) {
					found = true
				}
			}
			return !found
		})
		return found
	}
	loopCarried(info, body, items, indexers)
	propagate(info, body, items, isSource)
}

// loopCarried adds the variables declared before the loop that the body
// steps from their own previous value (s = s[i+1:], n = n.Next,
// offset += limit, page++): integers become counters (items only when
// used as an index), other variables hold a different item each
// iteration.
func loopCarried(info *types.Info, body *ast.BlockStmt, items, indexers map[types.Object]bool) {
	mark := func(id *ast.Ident) {
		obj := info.ObjectOf(id)
		if obj == nil || obj.Pos() >= body.Pos() && obj.Pos() < body.End() {
			return
		}
		if b, ok := obj.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			indexers[obj] = true
			return
		}
		items[obj] = true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IncDecStmt:
			if id := identOf(s.X); id != nil {
				mark(id)
			}
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE || len(s.Lhs) != len(s.Rhs) {
				return true
			}
			for k, lhs := range s.Lhs {
				id := identOf(lhs)
				if id == nil || id.Name == "_" {
					continue
				}
				obj := info.ObjectOf(id)
				self := s.Tok != token.ASSIGN // op= steps from the old value
				ast.Inspect(s.Rhs[k], func(n ast.Node) bool {
					if x, ok := n.(*ast.Ident); ok && obj != nil && info.ObjectOf(x) == obj {
						self = true
					}
					return !self
				})
				if self {
					mark(id)
				}
			}
		}
		return true
	})
}

// taintFrom grows results with the variables of body derived from them.
func (r *Result) taintFrom(body *ast.BlockStmt, results map[types.Object]bool) {
	info := r.pass.TypesInfo
	propagate(info, body, results, func(e ast.Expr) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && results[info.ObjectOf(id)] {
				found = true
			}
			return !found
		})
		return found
	})
}

// propagate adds to set, until nothing changes, the variables assigned
// in body from an expression src accepts, and the variables whose
// address is passed to (or whose value receives the result of) a call
// that src accepts (json.Unmarshal(b, &out), rows.Scan(&id)).
func propagate(info *types.Info, body *ast.BlockStmt, set map[types.Object]bool, src func(ast.Expr) bool) {
	add := func(e ast.Expr) bool {
		id := RootIdent(e)
		if id == nil || id.Name == "_" {
			return false
		}
		obj := info.ObjectOf(id)
		if obj == nil || set[obj] {
			return false
		}
		set[obj] = true
		return true
	}
	for round := 0; round < 8; round++ {
		changed := false
		ast.Inspect(body, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				any := false
				for _, rhs := range s.Rhs {
					if src(rhs) {
						any = true
					}
				}
				if any {
					for _, lhs := range s.Lhs {
						if add(lhs) {
							changed = true
						}
					}
				}
			case *ast.ValueSpec:
				any := false
				for _, v := range s.Values {
					if src(v) {
						any = true
					}
				}
				if any {
					for _, name := range s.Names {
						if add(name) {
							changed = true
						}
					}
				}
			case *ast.RangeStmt:
				if src(s.X) {
					for _, e := range []ast.Expr{s.Key, s.Value} {
						if e != nil && add(e) {
							changed = true
						}
					}
				}
			case *ast.ExprStmt:
				call, ok := ast.Unparen(s.X).(*ast.CallExpr)
				if !ok || !src(call) {
					return true
				}
				for _, a := range call.Args {
					if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
						if add(u.X) {
							changed = true
						}
					}
				}
				// req.Header.Set(k, item) changes req.
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					argsTainted := false
					for _, a := range call.Args {
						if src(a) {
							argsTainted = true
						}
					}
					if argsTainted {
						if _, isPkg := info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg && add(sel.X) {
							changed = true
						}
					}
				}
			}
			return true
		})
		if !changed {
			return
		}
	}
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// RootIdent returns the variable at the root of x, x.f, x[i], *x (the
// poll model asks it too).
func RootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// mentionsItem reports whether n uses an item variable, or indexes or
// slices by a counter (orders[i], orders[i:]).
func mentionsItem(info *types.Info, n ast.Node, items, indexers map[types.Object]bool) bool {
	found := false
	uses := func(e ast.Expr) bool {
		if e == nil {
			return false
		}
		hit := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && (indexers[info.ObjectOf(id)] || items[info.ObjectOf(id)]) {
				hit = true
			}
			return !hit
		})
		return hit
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.Ident:
			if items[info.ObjectOf(x)] {
				found = true
			}
		case *ast.IndexExpr:
			if tv, ok := info.Types[x.X]; ok && tv.IsValue() && uses(x.Index) {
				found = true
			}
		case *ast.SliceExpr:
			if uses(x.Low) || uses(x.High) {
				found = true
			}
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

// IsExit reports whether e is a call that never returns to the loop:
// panic, os.Exit, log.Fatal….
func IsExit(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f.Name == "panic"
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return (x.Name == "log" && strings.HasPrefix(f.Sel.Name, "Fatal")) || (x.Name == "os" && f.Sel.Name == "Exit")
		}
	}
	return false
}

// terminates reports whether the loop body always ends its iteration by
// leaving the loop (its last statement returns, breaks the loop or
// panics), so that it never goes round again except by continue.
func terminates(body *ast.BlockStmt, label string) bool {
	if len(body.List) == 0 {
		return false
	}
	last := body.List[len(body.List)-1]
	switch s := last.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		if s.Tok == token.BREAK {
			return s.Label == nil || s.Label.Name == label
		}
		return s.Tok == token.GOTO
	case *ast.ExprStmt:
		return IsExit(s.X)
	case *ast.IfStmt:
		if s.Else == nil {
			return false
		}
		return terminates(s.Body, label) && terminates(&ast.BlockStmt{List: elseList(s.Else)}, label)
	}
	return false
}

func elseList(s ast.Stmt) []ast.Stmt {
	switch e := s.(type) {
	case *ast.BlockStmt:
		return e.List
	default:
		return []ast.Stmt{s}
	}
}
