package poll

import (
	"go/ast"

	"go/types"
	"golang.org/x/tools/go/types/typeutil"
)

// transportCode reports whether result i of the call rhs is the HTTP
// status of the answer a request wrapper got (the retry model's
// StatusCodeFact: code, err := c.send(ctx, "GET", "/charges/"+id, nil,
// &ch)). Like resp.StatusCode (transportStatus) it says whether the
// request went through, not what state the payment is in: a loop that
// only leaves on code == 200 retries the request, it does not poll the
// payment, and the retry rules judge which answers it sends round.
func (f *finder) transportCode(rhs ast.Expr, i int) bool {
	call, ok := unparen(rhs).(*ast.CallExpr)
	if !ok || f.helpers == nil {
		return false
	}
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	return fn != nil && f.helpers.StatusCode(fn) == i
}

// codeVar reports whether v is defined as the status code result of
// a request wrapper (code, err := c.send(…)) and never assigned again.
func (f *finder) codeVar(v *types.Var) bool {
	id := f.defs[v]
	if id == nil || len(f.assigns[v]) > 0 {
		return false
	}
	as, ok := f.parent[id].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || len(as.Lhs) < 2 {
		return false
	}
	for i, lhs := range as.Lhs {
		if lhs == ast.Expr(id) {
			return f.transportCode(as.Rhs[0], i)
		}
	}
	return false
}
