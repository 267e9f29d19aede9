package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// hashicorp/go-retryablehttp, checked against v0.7.8: a Client re-sends a
// request while its CheckRetry(ctx, resp, err) returns true (nil: the
// DefaultRetryPolicy). The library's own policies (DefaultRetryPolicy,
// ErrorPropagatedRetryPolicy) retry only connection errors, 429 and 5xx
// but 501. The payment model names such a client "retryablehttp.Client"
// (payment.Op.ClientRetries).

// RetriesByCheckRetry reports whether a client that retries on its own,
// as the payment model names it (payment.Op.ClientRetries), decides with
// a CheckRetry function which answers it retries.
func RetriesByCheckRetry(client string) bool {
	return client == "retryablehttp.Client"
}

// CheckRetrySet returns the value n gives a retryablehttp Client's
// CheckRetry field (Client{CheckRetry: v}, c.CheckRetry = v); nil when n
// sets no such field.
func CheckRetrySet(info *types.Info, n ast.Node) ast.Expr {
	switch x := n.(type) {
	case *ast.KeyValueExpr:
		if id, ok := x.Key.(*ast.Ident); ok && id.Name == "CheckRetry" && isRhttpField(info, id) {
			return x.Value
		}
	case *ast.AssignStmt:
		if len(x.Lhs) == 1 && len(x.Rhs) == 1 {
			if sel, ok := x.Lhs[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "CheckRetry" && isRhttpField(info, sel.Sel) {
				return x.Rhs[0]
			}
		}
	}
	return nil
}

// isRhttpField reports whether id names a field of a go-retryablehttp
// type.
func isRhttpField(info *types.Info, id *ast.Ident) bool {
	v, ok := info.ObjectOf(id).(*types.Var)
	return ok && v.IsField() && v.Pkg() != nil && v.Pkg().Path() == rhttp
}

// LibraryCheckRetry reports whether call hands the decision to one of
// go-retryablehttp's own retry policies, which retry only connection
// errors, 429 and 5xx.
func LibraryCheckRetry(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == rhttp && strings.HasSuffix(fn.Name(), "RetryPolicy")
}
