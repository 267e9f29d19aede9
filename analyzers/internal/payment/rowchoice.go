package payment

import (
	"go/ast"
	"go/types"
	"slices"
)

// A row is often given one status in its literal and another on each
// branch before it is saved: t := Txn{Status: "pending"}; if ok {
// t.Status = "success" } else { t.Status = "failed" }; db.Create(&t).
// Judged entry by entry, the first non-paid value decided for the whole
// write (and which came first depended on source order), so the paid
// branch was lost. The row may be written with any of the constants its
// column was given, so they are one choice, judged like a local variable
// given several constants (st_values.go): one paid value among them makes
// the write a paid-state write. A column also given a value that is not a
// constant is left as it was: what it holds at the write is not known.
//
// The write's own guard is judged at the write (a handler's status read
// must dominate the call), but here the paid value is chosen by a branch
// before it: if t.Status == "SUCCESSFUL" read back from the provider,
// then saved. So the choice is made only when no paid value is assigned
// under a condition testing a local that did not come from the request
// being served (its decoded body, bytes read from it, a call given the
// request or its body) or a parameter (the caller's guard is judged at
// the caller): a status read back from the provider keeps the old,
// silent verdict.

// mergeChoices folds the entries of each column given only constants
// (known values or choices) into one entry, in the order first seen; v is
// the row variable written by call (nil for a literal).
func (b *builder) mergeChoices(vals []colVal, call *ast.CallExpr, v *types.Var) []colVal {
	if len(vals) < 2 || v == nil || b.paidUnderReadBack(call, v) {
		return vals
	}
	seen := map[string][]string{}
	mergeable := map[string]bool{}
	count := map[string]int{}
	for _, v := range vals {
		count[v.col]++
		if _, ok := mergeable[v.col]; !ok {
			mergeable[v.col] = true
		}
		switch {
		case v.known && v.expr == "":
			seen[v.col] = append(seen[v.col], v.val)
		case !v.known && len(v.alts) > 0:
			seen[v.col] = append(seen[v.col], v.alts...)
		default:
			mergeable[v.col] = false
		}
	}
	out := make([]colVal, 0, len(vals))
	done := map[string]bool{}
	for _, v := range vals {
		if count[v.col] < 2 || !mergeable[v.col] {
			out = append(out, v)
			continue
		}
		if done[v.col] {
			continue
		}
		done[v.col] = true
		vs := slices.Clone(seen[v.col])
		slices.Sort(vs)
		vs = slices.Compact(vs)
		c := constChoice(vs)
		c.col = v.col
		out = append(out, c)
	}
	return out
}

// paidUnderReadBack: a paid constant is assigned to a field of v, before
// call, under an if or switch testing a value not from the request.
func (b *builder) paidUnderReadBack(call *ast.CallExpr, v *types.Var) bool {
	var decl *ast.FuncDecl
	for _, d := range b.ix.declOf {
		if d.Body != nil && d.Pos() <= call.Pos() && call.End() <= d.End() {
			decl = d
			break
		}
	}
	if decl == nil {
		return true // not in a function declaration: do not judge
	}
	paid := map[ast.Node]bool{}
	for _, as := range b.ix.fieldAssigns[v] {
		if as.Pos() > call.Pos() || as.Pos() < decl.Pos() || len(as.Lhs) != len(as.Rhs) {
			continue
		}
		for _, r := range as.Rhs {
			if s, ok := b.ix.stringConst(r); ok && paidValue.MatchString(s) {
				paid[as] = true
			}
		}
	}
	if len(paid) == 0 {
		return false
	}
	found := false
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && paid[as] {
			for _, outer := range stack {
				if b.testsReadBack(outer) {
					found = true
				}
			}
		}
		stack = append(stack, n)
		return true
	})
	return found
}

// testsReadBack: n is an if, switch or case whose tested expressions
// name a local that did not come from the request.
func (b *builder) testsReadBack(n ast.Node) bool {
	var tested []ast.Expr
	switch x := n.(type) {
	case *ast.IfStmt:
		tested = append(tested, x.Cond)
	case *ast.SwitchStmt:
		if x.Tag != nil {
			tested = append(tested, x.Tag)
		}
	case *ast.CaseClause:
		tested = append(tested, x.List...)
	default:
		return false
	}
	bad := false
	for _, e := range tested {
		ast.Inspect(e, func(m ast.Node) bool {
			switch y := m.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(y.X, func(k ast.Node) bool { // the field name is not a variable
					if id, ok := k.(*ast.Ident); ok {
						bad = bad || b.localNotFromRequest(id)
					}
					return true
				})
				return false
			case *ast.Ident:
				bad = bad || b.localNotFromRequest(y)
			}
			return true
		})
	}
	return bad
}

// localNotFromRequest: id is a local variable (not a parameter, a
// field or a package variable) whose value is not traced to the request.
func (b *builder) localNotFromRequest(id *ast.Ident) bool {
	v, ok := b.ix.info.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false
	}
	if _, isParam := b.ix.paramOf[v]; isParam {
		return false
	}
	return !b.fromRequest(v, 0)
}

// fromRequest: v was decoded from the request's body, or assigned
// (through selectors and locals) from a call given the request, its body
// or bytes read from it, or from a constant.
func (b *builder) fromRequest(v *types.Var, depth int) bool {
	if depth > l14MaxDepth {
		return false
	}
	if _, isParam := b.ix.paramOf[v]; isParam {
		return true
	}
	for _, c := range b.ix.argCalls[v] {
		if len(c.Args) > 0 && b.ix.rootVar(c.Args[len(c.Args)-1]) == v && b.decodesRequest(c) {
			return true
		}
	}
	as := b.ix.assigns[v]
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if !b.exprFromRequest(a.RHS, depth+1) {
			return false
		}
	}
	return true
}

func (b *builder) exprFromRequest(e ast.Expr, depth int) bool {
	if _, ok := b.ix.stringConst(e); ok {
		return true
	}
	if tv, ok := b.ix.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch x := unparen(e).(type) {
	case *ast.SelectorExpr:
		return b.exprFromRequest(x.X, depth)
	case *ast.IndexExpr:
		return b.exprFromRequest(x.X, depth)
	case *ast.StarExpr:
		return b.exprFromRequest(x.X, depth)
	case *ast.TypeAssertExpr: // payload["transaction_status"].(string) (rowfield.go)
		return b.exprFromRequest(x.X, depth)
	case *ast.UnaryExpr:
		return b.exprFromRequest(x.X, depth)
	case *ast.Ident:
		w := b.ix.identVar(x)
		return w != nil && !w.IsField() && b.fromRequest(w, depth)
	case *ast.CallExpr:
		if b.requestBytes(x, 0) {
			return true
		}
		for _, a := range x.Args {
			if b.requestBytes(a, 0) || httpRequest(b.ix.info.TypeOf(a)) {
				return true // a parser handed the request or its body
			}
		}
	}
	return false
}
