package poll

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/varflow"
)

// statusVars returns the variables that hold the polled payment's state:
// the non-error results of the loop's reads, and what is derived from them
// (fields, decoded bodies, values passed through &x).
func (f *finder) statusVars(l *Loop) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	mentions := func(e ast.Node) bool { return f.mentionsStatus(e, l, vars) }
	taint := func(e ast.Expr) bool {
		v := f.varOf(e)
		if v == nil || vars[v] || isError(v.Type()) {
			return false
		}
		vars[v] = true
		return true
	}
	scope := l.Func
	if scope == nil {
		scope = l.Node
	}
	if l.region != nil && !within(l.region, scope) {
		scope = l.region // a callback made by a factory (factory.go)
	}
	for range 4 {
		changed := false
		ast.Inspect(scope, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						if mentions(n.Rhs[i]) && taint(n.Lhs[i]) {
							changed = true
						}
					}
				} else if len(n.Rhs) == 1 && mentions(n.Rhs[0]) {
					for i, lhs := range n.Lhs {
						if !f.transportCode(n.Rhs[0], i) && taint(lhs) {
							changed = true
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					var rhs ast.Expr
					if len(n.Values) == len(n.Names) {
						rhs = n.Values[i]
					} else if len(n.Values) == 1 {
						rhs = n.Values[0]
					}
					if rhs != nil && mentions(rhs) && taint(name) {
						changed = true
					}
				}
			case *ast.RangeStmt:
				if mentions(n.X) {
					for _, e := range []ast.Expr{n.Key, n.Value} {
						if e != nil && taint(e) {
							changed = true
						}
					}
				}
			case *ast.CallExpr:
				if mentions(n) {
					for _, a := range n.Args {
						if u, ok := unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && taint(u.X) {
							changed = true
						}
					}
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
	return vars
}

// isError: the error type or a non-struct type implementing it; a
// payment type that happens to have an Error method is still a payment
// (varflow.IsError, which the result-flow walks share).
func isError(t types.Type) bool { return varflow.IsError(t) }

// mentionsStatus reports whether e contains one of l's reads or uses one
// of vars.
func (f *finder) mentionsStatus(e ast.Node, l *Loop, vars map[*types.Var]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if f.transportStatus(n) {
				return false
			}
		case *ast.CallExpr:
			for _, r := range l.Reads {
				found = found || r.Call == n
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && vars[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// transportStatus reports whether sel is the HTTP status of a response
// (resp.StatusCode, resp.Status of net/http; resp.StatusCode(),
// resp.IsError() of resty): whether the request went through (a 5xx, a
// 429 to retry), not the payment's state.
func (f *finder) transportStatus(sel *ast.SelectorExpr) bool {
	switch sel.Sel.Name {
	case "StatusCode", "Status", "IsError", "IsSuccess":
	default:
		return false
	}
	t := f.info.TypeOf(sel.X)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Response" {
		return false
	}
	switch path := n.Obj().Pkg().Path(); {
	case path == "net/http", strings.HasPrefix(path, "github.com/go-resty/resty"):
		return true
	}
	return false
}

// transportOnly reports whether cond tests only how the request went: HTTP
// status codes of responses, errors, constants (resp.StatusCode >= 500,
// err != nil || resp.StatusCode == http.StatusTooManyRequests).
func (f *finder) transportOnly(cond ast.Expr) bool {
	transport, other := false, false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if f.transportStatus(n) {
				transport = true
				return false
			}
		case *ast.CallExpr:
			if sel, ok := unparen(n.Fun).(*ast.SelectorExpr); ok && f.transportStatus(sel) {
				transport = true
				return false
			}
			if tv, ok := f.info.Types[n.Fun]; !ok || !tv.IsType() {
				other = true
			}
		case *ast.Ident:
			if v := f.varOf(n); v != nil && f.codeVar(v) {
				transport = true // a wrapper's status code (transportcode.go)
			} else if v != nil && !isError(v.Type()) {
				other = true
			}
		}
		return !other
	})
	return transport && !other
}

// failedWhen tells which way a transport condition points: 1 when it is
// true on failure (StatusCode >= 500, != 200, err != nil, IsError()), -1
// when it is true on success (StatusCode < 300, == 200, err == nil,
// IsSuccess()), 0 when unknown.
func failedWhen(cond ast.Expr) int {
	switch c := unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch c.Op {
		case token.LOR, token.LAND:
			x, y := failedWhen(c.X), failedWhen(c.Y)
			if x == y && (c.Op == token.LOR) == (x == 1) {
				return x
			}
			return 0
		case token.GEQ, token.GTR, token.NEQ:
			return 1
		case token.LSS, token.LEQ, token.EQL:
			return -1
		}
	case *ast.CallExpr:
		if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "IsError":
				return 1
			case "IsSuccess":
				return -1
			}
		}
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			return -failedWhen(c.X)
		}
	}
	return 0
}

// onStatus reports whether e depends on the polled payment's status.
func (f *finder) onStatus(e ast.Expr, l *Loop) bool {
	if f.mentionsStatus(e, l, l.status) {
		return true
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if ex, ok := n.(ast.Expr); ok && f.statusConst(ex) {
			found = true
		}
		return !found
	})
	return found
}

// statusConst reports whether e is a string constant that names a payment
// state. Only the global vocabulary counts here: a provider's word on a
// value that is not derived from the read ("approved" of a review) does
// not make a condition one on the payment.
func (f *finder) statusConst(e ast.Expr) bool {
	s, ok := f.constString(e)
	return ok && (matchAny(s, failureWords) || matchAny(s, successWords) || matchAny(s, pendingWords))
}

func (f *finder) constString(e ast.Expr) (string, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
