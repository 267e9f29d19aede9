package payment

import (
	"go/ast"
	"go/types"
)

// ---- requests made by a builder function handed to the sender -----------------
//
// A request body can be read only once, so clients that retry take a
// function that builds the request and call it on every attempt:
//
//	func (c *Client) do(ctx context.Context, build func() (*http.Request, error), out any) error {
//		for attempt := 1; ; attempt++ {
//			req, err := build()
//			resp, err := c.http.Do(req)
//			…
//
//	c.do(ctx, func() (*http.Request, error) {
//		req, err := c.newRequest(ctx, "POST", "/transactions", body)
//		req.Header.Set("Idempotency-Key", uuid.NewString())
//		return req, nil
//	}, &out)
//
// In do, the request sent is whatever its parameter build returns: the
// send's request is that parameter (ReqParamVar, as for a *http.Request
// parameter), and each call site completes it with the function it hands
// over: a function literal, or a function of the package, traced from
// the request it returns. The literal's headers apply (its request
// variable joins ReqVars), so a key made inside it is made on every call
// of it, that is, on every attempt when the sender calls it per attempt.

// builderParamCalled: call calls a parameter variable of function type
// whose first result is a request (build(), mk(ctx)); that variable.
func (ix *index) builderParamCalled(call *ast.CallExpr) *types.Var {
	v := ix.identVar(call.Fun)
	if v == nil {
		return nil
	}
	if _, isParam := ix.paramOf[v]; !isParam {
		return nil
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isNamed(sig.Results().At(0).Type(), "net/http", "Request") {
		return nil
	}
	return v
}

// traceBuilder follows a request-building function handed over as an
// argument: the first request a function literal (or a function of the
// package, by name) returns.
func (ix *index) traceBuilder(s *httpSend, e ast.Expr, depth int) {
	var body *ast.BlockStmt
	switch x := unparen(e).(type) {
	case *ast.FuncLit:
		body = x.Body
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = x.(*ast.Ident)
		}
		fn, _ := ix.info.Uses[id].(*types.Func)
		if fn == nil || fn.Pkg() != ix.pass.Pkg {
			return
		}
		if d := ix.declOf[fn]; d != nil {
			body = d.Body
		}
	}
	if body == nil {
		return
	}
	firstResults(body, func(r ast.Expr) bool {
		if id, ok := unparen(r).(*ast.Ident); ok && id.Name == "nil" {
			return false
		}
		ix.traceRequest(s, r, depth+1)
		return true
	})
}

// isBuilderFunc: e is a function (literal or named) whose first result
// is a request.
func (ix *index) isBuilderFunc(e ast.Expr) bool {
	sig, ok := ix.info.TypeOf(e).(*types.Signature)
	return ok && sig.Results().Len() > 0 && isNamed(sig.Results().At(0).Type(), "net/http", "Request")
}
