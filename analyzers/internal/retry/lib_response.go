package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// The answers a retry condition reads: the HTTP response of net/http or
// of go-resty/resty (v2.17.2: Response.StatusCode(), IsSuccess() for
// 2xx, IsError() for > 399).
const restyPath = "github.com/go-resty/resty"

// IsResponse reports whether t is (a pointer to) an HTTP response whose
// status a retry condition can test: net/http's Response or resty's.
func IsResponse(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Name() != "Response" || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	return path == "net/http" || strings.HasPrefix(path, restyPath)
}

// StatusRead returns the response whose HTTP status e reads
// (resp.StatusCode of a *http.Response, resty's resp.StatusCode()), nil
// when e reads none.
func StatusRead(info *types.Info, e ast.Expr) ast.Expr {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if x.Sel.Name == "StatusCode" && isHTTPResponse(info.TypeOf(x.X)) {
			return x.X
		}
	case *ast.CallExpr:
		if fn, recv := restyMethod(info, x); fn == "StatusCode" {
			return recv
		}
	}
	return nil
}

// StatusTest returns the response a boolean call tests and, per status,
// whether the test holds: resty's resp.IsSuccess() (2xx) and
// resp.IsError() (> 399). holds is nil when call is no such test.
func StatusTest(info *types.Info, call *ast.CallExpr) (resp ast.Expr, holds func(status int) bool) {
	switch fn, recv := restyMethod(info, call); fn {
	case "IsSuccess":
		return recv, func(s int) bool { return s >= 200 && s <= 299 }
	case "IsError":
		return recv, func(s int) bool { return s > 399 }
	}
	return nil, nil
}

// restyMethod returns the name and receiver of a call of a resty
// method.
func restyMethod(info *types.Info, call *ast.CallExpr) (string, ast.Expr) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if fn == nil || fn.Pkg() == nil || !ok || !strings.HasPrefix(fn.Pkg().Path(), restyPath) {
		return "", nil
	}
	return fn.Name(), sel.X
}

func isHTTPResponse(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Response"
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
