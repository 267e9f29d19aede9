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

	// cur's results, and what the loop derives from them.
	results, direct := r.results(cur, body)

	// Does op work on a different item per iteration? (Reading this
	// attempt's own answer fetches no next item: taint.go.)
	r.taintItems(body, items, indexers, func(call *ast.CallExpr) bool { return readsAnswer(info, call, cur, results) })
	if mentionsItem(info, op, items, indexers) {
		return nil
	}
	if c, ok := cur.(*ast.CallExpr); ok && c != op && mentionsItem(info, c, items, indexers) {
		return nil
	}
	if len(results) == 0 && !direct {
		return nil
	}
	r.taintFrom(body, results)
	mentions := func(e ast.Node) bool { return mentionsOutcome(info, e, cur, results) }

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
// loop goes round again only after cur succeeded. Tests of the error's
// kind that also always leave may come first (leavingKindTest).
//
//	pr, err := s.xendit.AwaitCharge(ctx, id, wait)
//	if errors.Is(err, ErrStillPending) { return s.repo.SetPending(ctx, p.ID) }
//	if err != nil { return err }
//	if pr.Status == "SUCCEEDED" { return … } // round again only after a decline
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
			j := i + 1
			for j < len(body.List) && (leavingKindTest(info, body.List[j], lastErrVar(info, as), label) || bareVarDecl(body.List[j])) {
				j++ // if errors.Is(err, ErrStillPending) { return … } before the nil check
			}
			if j < len(body.List) {
				check, _ = body.List[j].(*ast.IfStmt)
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

// leavingKindTest: st is `if errors.Is(err, X)`, `if errors.As(err, &t)`
// or `if err == X` on errObj, with no init and no else, whose branch
// always leaves the loop: one kind of failure that does not go round.
func leavingKindTest(info *types.Info, st ast.Stmt, errObj types.Object, label string) bool {
	is, ok := st.(*ast.IfStmt)
	if !ok || errObj == nil || is.Init != nil || is.Else != nil || !alwaysLeaves(is.Body, label) {
		return false
	}
	isErr := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.ObjectOf(id) == errObj
	}
	switch c := ast.Unparen(is.Cond).(type) {
	case *ast.CallExpr:
		fn := calleeFunc(info, c)
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && (fn.Name() == "Is" || fn.Name() == "As") &&
			len(c.Args) == 2 && isErr(c.Args[0])
	case *ast.BinaryExpr:
		return c.Op == token.EQL && (isErr(c.X) && !isNil(info, c.Y) || isErr(c.Y) && !isNil(info, c.X))
	}
	return false
}

// bareVarDecl: st declares variables with no value (var pending
// *PendingError, for an errors.As test).
func bareVarDecl(st ast.Stmt) bool {
	ds, ok := st.(*ast.DeclStmt)
	if !ok {
		return false
	}
	gd, ok := ds.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return false
	}
	for _, sp := range gd.Specs {
		if vs, ok := sp.(*ast.ValueSpec); !ok || len(vs.Values) > 0 {
			return false
		}
	}
	return true
}
