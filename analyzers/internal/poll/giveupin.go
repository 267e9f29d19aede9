package poll

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a give-up inside the loop ----------------------------------------------
//
//	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
//	for {
//		select {
//		case <-ctx.Done():
//			return nil, errStillPending
//		case <-tick.C:
//		}
//		…
//	}
//
// A `for {}` poll has no statements after it: it gives up from inside,
// by the exit its own bound guards (a case on a context made in the
// function, an if on an attempt cap or a deadline). What that exit
// returns is the give-up; every own bound's exit must agree.

// insideGiveUp returns what decl returns when l's own bound ends it from
// inside the loop, nil when unknown or when the bounds disagree.
func (f *finder) insideGiveUp(l *Loop, decl *ast.FuncDecl) []absVal {
	var out []absVal
	for _, b := range l.Bounds {
		if !within(b.Node, l.Body) || !f.ownBoundNode(b, decl) {
			continue
		}
		list := f.exitOf(b.Node, l.Body)
		if list == nil {
			return nil
		}
		w := &walker{f: f, vars: env{}}
		f.seedHeld(l, decl, b.Node, w.vars) // heldstatus.go: the record last read
		if w.stmts(list) != walkReturn || len(w.ret) == 0 {
			return nil
		}
		if out != nil && !sameVals(out, w.ret) {
			return nil
		}
		out = w.ret
	}
	return out
}

// ownBoundNode: b ends the loop on something decl made: a context given
// a timeout in decl, or a counter, a deadline, a timeout channel.
func (f *finder) ownBoundNode(b *Bound, decl *ast.FuncDecl) bool {
	switch {
	case b.What == "ctx.Done()", b.What == "ctx.Err()":
		c, ok := b.Node.(*ast.CallExpr)
		return ok && f.ctxMadeIn(c, decl)
	case b.What == "exit on the error of a call given a context":
		return false // the caller's context, through the read's error
	case strings.HasPrefix(b.What, "exit on "), strings.HasPrefix(b.What, "select case "):
		return !containsCtx(f, b.Node)
	}
	return false
}

// containsCtx: n reads a context (a bound of the caller's, unless made
// in the function: ctx.Done() bounds are judged by ownBoundNode).
func containsCtx(f *finder, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			if v := f.varOf(id); v != nil && isContext(v.Type()) {
				found = true
			}
		}
		return !found
	})
	return found
}

// exitOf returns the statements run when the bound at n ends the loop:
// the body of the select case receiving it, or of the if testing it.
func (f *finder) exitOf(n ast.Node, body *ast.BlockStmt) []ast.Stmt {
	for p := ast.Node(n); p != nil && p != body; p = f.parent[p] {
		switch x := p.(type) {
		case *ast.CommClause:
			if x.Comm != nil && within(n, x.Comm) {
				return x.Body
			}
			return nil
		case *ast.IfStmt:
			if within(n, x.Cond) {
				return x.Body.List
			}
			return nil
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return nil
		}
	}
	return nil
}

func sameVals(a, b []absVal) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// formatted returns the value an id expression formats (strconv.Itoa(n),
// strconv.FormatInt(n, 10), fmt.Sprint(n), fmt.Sprintf("%d", n)): a
// numeric id put in a path is still that id. e itself otherwise.
func (f *finder) formatted(e ast.Expr) ast.Expr {
	c, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return e
	}
	fn := f.calleeFunc(c)
	var arg ast.Expr
	switch {
	case isFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint", "Quote") && len(c.Args) > 0:
		arg = c.Args[0]
	case isFunc(fn, "fmt", "Sprint", "Sprintf"):
		for _, a := range c.Args {
			if tv, ok := f.info.Types[a]; ok && tv.Value != nil {
				continue // the format
			}
			if arg != nil {
				return e // two values: not one id
			}
			arg = a
		}
	}
	if arg == nil {
		return e
	}
	if conv, ok := unparen(arg).(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := f.info.Types[conv.Fun]; ok && tv.IsType() {
			arg = conv.Args[0] // strconv.Itoa(int(n))
		}
	}
	if _, isType := types.Unalias(f.info.TypeOf(arg)).Underlying().(*types.Basic); !isType {
		return e
	}
	return arg
}
