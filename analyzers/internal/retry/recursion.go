package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// recursion returns the Recursion construct when decl calls itself again
// after cur's error or status, with the same arguments apart from
// attempt counters, and nil otherwise.
//
// The self-call must come after cur and be guarded by cur's outcome:
// inside the failure branch of a condition on cur's results
// (if err != nil { return f(ctx, o, attempt+1) }), or after an exit on
// success (if err == nil { return nil }; return f(…)).
func (r *Result) recursion(decl *ast.FuncDecl, fn *types.Func, cur ast.Node, op *ast.CallExpr) *Construct {
	info := r.pass.TypesInfo
	if decl.Body == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	results, direct := r.results(cur, decl.Body)
	if len(results) == 0 && !direct {
		return nil
	}
	r.taintFrom(decl.Body, results)
	mentions := func(e ast.Node) bool { return mentionsOutcome(info, e, cur, results) }

	var self []*ast.CallExpr
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Pos() < cur.End() {
			return true
		}
		if callee := r.staticCallee(call); callee == fn && sameArgs(info, sig, call) {
			self = append(self, call)
		}
		return true
	})
	if len(self) == 0 {
		return nil
	}

	guarded := false
	successExitBefore := token.NoPos
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if guarded {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		s, ok := AsIf(n) // an if, or a for that runs once (onceloop.go)
		if !ok || !mentions(s.Cond) || s.Pos() < cur.End() && !within(cur, s) {
			return true
		}
		pol := errPolarity(info, s.Cond, results)
		for _, c := range self {
			if pol >= 0 && within(c, s.Body) {
				guarded = true
			}
			if pol <= 0 && s.Else != nil && within(c, s.Else) {
				guarded = true
			}
		}
		if (pol == -1 || successDisjunct(info, s.Cond, results)) && endsInReturn(s.Body) && successExitBefore == token.NoPos && s.Body.Pos() > cur.End() {
			successExitBefore = s.End()
		}
		return true
	})
	if !guarded && successExitBefore != token.NoPos {
		for _, c := range self {
			if c.Pos() > successExitBefore && topLevel(decl.Body, c) {
				guarded = true
			}
		}
	}
	if !guarded {
		return nil
	}
	return &Construct{Kind: Recursion, Name: "recursion in " + fn.Name(), Pos: decl.Pos(), Node: decl, Region: decl.Body}
}

// successDisjunct reports whether cond is a disjunction one of whose
// operands holds when the call succeeded (err == nil || left == 0): its
// branch is taken on every success, so a return there is a success exit.
func successDisjunct(info *types.Info, cond ast.Expr, results map[types.Object]bool) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.LOR {
		return false
	}
	for _, e := range []ast.Expr{b.X, b.Y} {
		if errPolarity(info, e, results) == -1 || successDisjunct(info, e, results) {
			return true
		}
	}
	return false
}

func endsInReturn(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// topLevel reports whether call is in a statement directly in body.
func topLevel(body *ast.BlockStmt, call *ast.CallExpr) bool {
	for _, st := range body.List {
		if within(call, st) {
			switch st := st.(type) {
			case *ast.ReturnStmt, *ast.ExprStmt, *ast.AssignStmt:
				return true
			case *ast.ForStmt: // for cond { …; return self() } (onceloop.go)
				return OnceLoop(st) != nil && topLevel(st.Body, call)
			}
			return false
		}
	}
	return false
}

// sameArgs reports whether a self-call passes the function's own
// parameters again, apart from integer attempt counters (attempt+1,
// retries-1) and constants: a call on a different item (rest[1:],
// o.Parent) is a walk, not a retry.
func sameArgs(info *types.Info, sig *types.Signature, call *ast.CallExpr) bool {
	params := sig.Params()
	if params.Len() != len(call.Args) && !sig.Variadic() {
		return false
	}
	for k, a := range call.Args {
		if k >= params.Len() {
			return false
		}
		p := params.At(k)
		a = ast.Unparen(a)
		if id, ok := a.(*ast.Ident); ok && info.Uses[id] == p {
			continue
		}
		if tv, ok := info.Types[a]; ok && tv.Value != nil {
			continue
		}
		if b, ok := p.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			continue
		}
		return false
	}
	return true
}
