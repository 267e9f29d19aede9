package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- an operation whose call's failure is marked permanent ---------------------
//
// An operation handed to a retry library may retry only what comes before
// the call it protects, and stop as soon as that call fails:
//
//	backoff.Retry(func() error {
//		w, err := wallet.FromSeed(api, seed, wallet.V4R2)
//		if err != nil {
//			return err // nothing sent yet: try again
//		}
//		if err := w.Transfer(ctx, to, amount, "", true); err != nil {
//			return backoff.Permanent(err) // sent, or maybe sent: never again
//		}
//		return nil
//	}, b)
//
// The call's error is tested right after it and that branch always returns
// the library's Permanent mark (backoff.Permanent, retry-go's
// Unrecoverable), and every later return of the operation hands back nil:
// the library runs the operation again only when the call was not reached,
// so the call itself runs at most once. This is what ErrorLeaves says of a
// loop (loop.go): the construct goes round only after a definitive answer,
// never after a failed or lost one.

// failureStops: c is a Library construct whose operation lit marks the
// failure of cur (the call, or the statement holding it) permanent and
// succeeds after it (see above).
func (r *Result) failureStops(c *Construct, lit *ast.FuncLit, cur ast.Node) bool {
	if c == nil || c.Kind != Library || lit.Body == nil {
		return false
	}
	info := r.pass.TypesInfo
	in := func(n ast.Node) bool { return n != nil && n.Pos() <= cur.Pos() && cur.End() <= n.End() }
	for i, st := range lit.Body.List {
		var as *ast.AssignStmt
		var check *ast.IfStmt
		switch s := st.(type) {
		case *ast.AssignStmt:
			if in(s) && i+1 < len(lit.Body.List) {
				as = s
				check, _ = lit.Body.List[i+1].(*ast.IfStmt)
			}
		case *ast.IfStmt:
			if init, ok := s.Init.(*ast.AssignStmt); ok && in(init) {
				as, check = init, s
			}
		}
		if as == nil {
			continue
		}
		if check == nil || check.Else != nil || (check.Init != nil && check.Init != ast.Stmt(as)) {
			return false
		}
		errObj := lastErrVar(info, as)
		if errObj == nil || !nonNilTest(info, check.Cond, errObj) || !r.returnsPermanent(c, check.Body) {
			return false
		}
		return succeedsAfter(info, lit, check.End())
	}
	return false
}

// lastErrVar: the error variable an assignment defines or sets last.
func lastErrVar(info *types.Info, as *ast.AssignStmt) types.Object {
	if len(as.Lhs) == 0 {
		return nil
	}
	id, ok := ast.Unparen(as.Lhs[len(as.Lhs)-1]).(*ast.Ident)
	if !ok {
		return nil
	}
	o := info.ObjectOf(id)
	if o == nil || !types.Identical(o.Type(), types.Universe.Lookup("error").Type()) {
		return nil
	}
	return o
}

// nonNilTest: cond is `err != nil` for the variable.
func nonNilTest(info *types.Info, cond ast.Expr, errObj types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ || !isNil(info, b.Y) {
		return false
	}
	id, ok := ast.Unparen(b.X).(*ast.Ident)
	return ok && info.ObjectOf(id) == errObj
}

// returnsPermanent: the branch is one return whose error result is the
// construct's library's Permanent mark.
func (r *Result) returnsPermanent(c *Construct, body *ast.BlockStmt) bool {
	if body == nil || len(body.List) != 1 {
		return false
	}
	ret, ok := body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return false
	}
	m, _ := r.MarkOf(c, ret.Results[len(ret.Results)-1])
	return m == Permanent
}

// succeedsAfter: every return of lit after pos (not in a nested function)
// hands back nil as its error, and there is at least one.
func succeedsAfter(info *types.Info, lit *ast.FuncLit, pos token.Pos) bool {
	ok, seen := true, false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if s.Pos() < pos {
				return true
			}
			seen = true
			if len(s.Results) == 0 || !isNil(info, s.Results[len(s.Results)-1]) {
				ok = false
			}
		}
		return ok
	})
	return ok && seen
}
