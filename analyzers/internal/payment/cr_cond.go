package payment

import (
	"go/ast"
	"go/types"
)

// resty's retry conditions replace its default. With no condition,
// resty v2 sends a request again after a transport error (a timeout
// after the provider took the charge included); once AddRetryCondition
// is called, a request goes round only when a condition answers true
// (resty v2.16 retry.go: needsRetry = condition(resp, err)). A condition
// that reads the request's method (r.Request.Method == http.MethodGet)
// is the usual way to retry reads only; the model cannot tell which
// methods it lets through, so such a client is not taken to retry a
// write. A condition that never looks at the method (5xx, err != nil)
// leaves a POST retried as before.

// restyMethodGated: the resty client e denotes (a chain, a variable, a
// struct field of this package) has a retry condition reading the
// request's method.
func (ix *index) restyMethodGated(e ast.Expr, depth int) bool {
	if e == nil || depth > maxEvalDepth {
		return false
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(ix.info, x)
		if fn == nil || funcPath(fn) != restyPath || recvTypeName(fn) != "Client" {
			return false
		}
		if ix.methodCondition(x, fn) {
			return true
		}
		if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
			return ix.restyMethodGated(sel.X, depth+1)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return false
		}
		for _, c := range ix.recvCalls[v] {
			if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && ix.identVar(sel.X) == v && ix.methodCondition(c, calleeOf(ix.info, c)) {
				return true
			}
		}
		for _, a := range ix.assigns[v] {
			if a.Index < 0 && ix.restyMethodGated(a.RHS, depth+1) {
				return true
			}
		}
	case *ast.SelectorExpr:
		f, ok := ix.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() {
			return false
		}
		for _, c := range ix.fieldRecvCalls[f] {
			if ix.methodCondition(c, calleeOf(ix.info, c)) {
				return true
			}
		}
		for _, rhs := range ix.objAssigns[f] {
			if ix.restyMethodGated(rhs, depth+1) {
				return true
			}
		}
	}
	return false
}

// methodCondition: c is client.AddRetryCondition(cond) where cond (a
// function literal, a function of this package, or a variable holding
// one) reads a request's Method.
func (ix *index) methodCondition(c *ast.CallExpr, fn *types.Func) bool {
	if fn == nil || !isMethod(fn, restyPath, "Client", "AddRetryCondition") || len(c.Args) != 1 {
		return false
	}
	body := ix.condBody(c.Args[0], 0)
	if body == nil {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || found {
			return !found
		}
		if sel.Sel.Name == "Method" {
			if t := ix.info.TypeOf(sel.X); isNamed(t, restyPath, "Request") || isNamed(t, "net/http", "Request") {
				found = true
			}
		}
		return !found
	})
	return found
}

// condBody returns the body of the function a condition argument
// denotes.
func (ix *index) condBody(e ast.Expr, depth int) ast.Node {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.FuncLit:
		return x.Body
	case *ast.Ident:
		if fn, ok := ix.info.Uses[x].(*types.Func); ok {
			if d := ix.declOf[fn]; d != nil {
				return d.Body
			}
			return nil
		}
		if v := ix.identVar(x); v != nil {
			if a, ok := ix.single(v); ok && a.Index < 0 {
				return ix.condBody(a.RHS, depth+1)
			}
		}
	case *ast.SelectorExpr:
		if fn, ok := ix.info.Uses[x.Sel].(*types.Func); ok {
			if d := ix.declOf[fn]; d != nil {
				return d.Body
			}
		}
	}
	return nil
}
