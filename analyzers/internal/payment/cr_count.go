package payment

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// The retry count handed to resty's SetRetryCount is often not a literal:
// a constructor fills a config with defaults, lets functional options
// change them, then configures the client from it:
//
//	cfg := config{retries: 3}
//	for _, o := range opts { o(&cfg) }
//	rc := resty.New().SetRetryCount(cfg.retries)
//
// Built with no option, such a client retries 3 times; that default is
// what the package ships, so the count is read as it. Only values the
// function itself fixes are read: a local set to constants (all
// positive), or a field of a local struct whose literal sets it to a
// positive constant and that the function never sets to anything else.
// A parameter, a field of a parameter or of the receiver, a value
// computed at run time stay unknown, and unknown is no retry.

// retryCountOf reads the argument of SetRetryCount(arg): the count and
// how to name it inside SetRetryCount(…) in a message: "2", or
// "cfg.retries) (3 by default" for a default.
func (ix *index) retryCountOf(arg ast.Expr) (int64, string, bool) {
	if n, ok := ix.intConst(arg); ok {
		return n, fmt.Sprint(n), true
	}
	switch x := unparen(arg).(type) {
	case *ast.Ident:
		if n, ok := ix.localCount(ix.identVar(x)); ok {
			return n, fmt.Sprint(n), true
		}
	case *ast.SelectorExpr:
		if n, ok := ix.defaultField(x); ok {
			return n, fmt.Sprintf("%s) (%d by default", types.ExprString(x), n), true
		}
	}
	return 0, "", false
}

// localCount: v is a local variable (not a parameter, not a package
// variable) every assignment of which is an integer constant; the
// smallest of them.
func (ix *index) localCount(v *types.Var) (int64, bool) {
	if v == nil || !ix.isLocal(v) || len(ix.fieldAssigns[v]) > 0 || ix.addressTaken(v) {
		return 0, false
	}
	as := ix.assigns[v]
	if len(as) == 0 {
		return 0, false
	}
	min := int64(0)
	for i, a := range as {
		n, ok := ix.intConst(a.RHS)
		if !ok || a.Index >= 0 {
			return 0, false
		}
		if i == 0 || n < min {
			min = n
		}
	}
	return min, true
}

// defaultField reads cfg.f where cfg is a local struct defined once by a
// literal (cfg := config{f: 3} or &config{…}) that sets f to an integer
// constant; every direct assignment cfg.f = x of the function must be a
// constant too (the smallest wins). Options handed &cfg may change it:
// the literal's value is the default the constructor ships.
func (ix *index) defaultField(sel *ast.SelectorExpr) (int64, bool) {
	f, ok := ix.info.Uses[sel.Sel].(*types.Var)
	if !ok || !f.IsField() {
		return 0, false
	}
	v := ix.identVar(sel.X)
	if v == nil || !ix.isLocal(v) {
		return 0, false
	}
	a, ok := ix.single(v)
	if !ok || a.Index >= 0 {
		return 0, false
	}
	lit, ok := stripAddr(a.RHS).(*ast.CompositeLit)
	if !ok {
		return 0, false
	}
	n, found := int64(0), false
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && ix.info.Uses[id] == f {
			if n, found = ix.intConst(kv.Value); !found {
				return 0, false
			}
		}
	}
	if !found {
		return 0, false
	}
	for _, as := range ix.fieldAssigns[v] {
		for i, lhs := range as.Lhs {
			ls, ok := unparen(lhs).(*ast.SelectorExpr)
			if !ok || ix.info.Uses[ls.Sel] != f || ix.identVar(ls.X) != v {
				continue
			}
			if i >= len(as.Rhs) || len(as.Lhs) != len(as.Rhs) {
				return 0, false
			}
			m, ok := ix.intConst(as.Rhs[i])
			if !ok {
				return 0, false
			}
			if m < n {
				n = m
			}
		}
	}
	return n, true
}

// addressTaken: &v is handed to a call, which may set v.
func (ix *index) addressTaken(v *types.Var) bool {
	for _, c := range ix.argCalls[v] {
		for _, a := range c.Args {
			if u, ok := unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && ix.identVar(u.X) == v {
				return true
			}
		}
	}
	return false
}

// isLocal: v is declared inside a function and is not one of its
// parameters (nor a receiver).
func (ix *index) isLocal(v *types.Var) bool {
	if v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || v.IsField() {
		return false
	}
	if _, isParam := ix.paramOf[v]; isParam {
		return false
	}
	// A receiver is not in paramOf, but is never assigned either.
	return ix.assigns[v] != nil
}

// restyRetryCall reads c, a call of (*resty.Client).SetRetryCount:
// the client's description when the count is positive; ok false when
// the count is unknown.
func (ix *index) restyRetryCall(c *ast.CallExpr) (desc string, known bool) {
	if len(c.Args) != 1 {
		return "", false
	}
	n, name, ok := ix.retryCountOf(c.Args[0])
	if !ok {
		return "", false
	}
	if n > 0 {
		return fmt.Sprintf("resty client with SetRetryCount(%s)", name), true
	}
	return "", true
}
