// Package varflow follows a call's results through a function's
// assignments on the AST: the variables they are given to (tx, err :=
// gw.Find(ctx, id)), and the variables those spread to (id = np.ID;
// refunded, _ := p["amount_refunded"].(float64)). The retry model asks it
// whether a status read's result is tested before a write, the poll model
// whether a creation's result becomes the id a loop polls; both walk a
// region or a function they already hold, with no SSA built.
package varflow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Results: the variables, other than errors, that as gives call's
// results to: as is a definition or a plain assignment whose only
// right-hand side is call (tx, err := call(); p = call()); nil otherwise.
func Results(info *types.Info, as *ast.AssignStmt, call *ast.CallExpr) []*types.Var {
	if len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
		return nil
	}
	var out []*types.Var
	for _, lhs := range as.Lhs {
		if v := varOf(info, lhs); v != nil && !IsError(v.Type()) {
			out = append(out, v)
		}
	}
	return out
}

// Reach says whether rhs, a value assigned, comes from one of vars.
type Reach func(info *types.Info, vars map[*types.Var]bool, rhs ast.Expr) bool

// Rooted: rhs is one of vars, or a field or pointee of one (np.ID,
// *p.Ref): the same value, or a part of it.
func Rooted(info *types.Info, vars map[*types.Var]bool, rhs ast.Expr) bool {
	v := varOf(info, Root(rhs))
	return v != nil && vars[v]
}

// Mentions: rhs uses one of vars anywhere (p["amount_refunded"].(float64),
// len(v.Items)): a value computed from it.
func Mentions(info *types.Info, vars map[*types.Var]bool, rhs ast.Expr) bool {
	uses := false
	ast.Inspect(rhs, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && vars[v] {
				uses = true
			}
		}
		return !uses
	})
	return uses
}

// Spread adds to into the variables, other than errors, that as gives a
// value reach says comes from one of from: pairwise (id, n = np.ID, 0),
// or every variable one right-hand side is given (refunded, ok :=
// p["amount_refunded"].(float64)). It reports whether any was added.
// Passing the same map as from and into lets a walk of several
// assignments follow a chain in one pass; a copy as from keeps it to one
// hop.
func Spread(info *types.Info, from, into map[*types.Var]bool, as *ast.AssignStmt, reach Reach) bool {
	added := false
	add := func(lhs ast.Expr) {
		if w := varOf(info, lhs); w != nil && !into[w] && !IsError(w.Type()) {
			into[w] = true
			added = true
		}
	}
	switch {
	case len(as.Lhs) == len(as.Rhs):
		for i, lhs := range as.Lhs {
			if reach(info, from, as.Rhs[i]) {
				add(lhs)
			}
		}
	case len(as.Rhs) == 1 && reach(info, from, as.Rhs[0]):
		for _, lhs := range as.Lhs {
			add(lhs)
		}
	}
	return added
}

// Root: the variable expression a selector or pointer chain starts from
// (p for p.Payout.ID, *p.Ref).
func Root(e ast.Expr) ast.Expr {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return e
		}
	}
}

// IsError: t is the error type or an interface or other non-struct type
// implementing it (a response struct with an Error method is a result,
// not an error).
func IsError(t types.Type) bool {
	if t == nil {
		return false
	}
	if types.Identical(t, errorType) {
		return true
	}
	iface, ok := errorType.Underlying().(*types.Interface)
	return ok && types.Implements(t, iface) && !namedStruct(t)
}

var errorType = types.Universe.Lookup("error").Type()

// namedStruct: t is a struct, or a pointer to one.
func namedStruct(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// varOf: the variable e names (not a field); nil for anything else or _.
func varOf(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.ObjectOf(id).(*types.Var)
	if !ok || v.IsField() {
		return nil
	}
	return v
}
