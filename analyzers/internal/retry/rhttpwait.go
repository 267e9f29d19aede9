package retry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

const rhttp = "github.com/hashicorp/go-retryablehttp"

// RetryableHTTPNoWait reports whether a go-retryablehttp client retries
// with no wait between attempts (v0.7.8): NewClient() waits RetryWaitMin
// 1s doubled up to RetryWaitMax 30s; DefaultBackoff computes
// min(2^n * RetryWaitMin, RetryWaitMax), so either set to 0 means no wait
// (but a Retry-After on 429/503); LinearJitterBackoff waits nothing when
// both are 0. A Client{} literal leaves both at 0. origin is the client's
// NewClient() call or literal, v the variable it is held in (nil if
// none), scope where v's fields are set. Unknown values, a custom
// Backoff, or RetryMax = 0 (no retries) answer false.
func RetryableHTTPNoWait(info *types.Info, origin ast.Expr, v *types.Var, scope ast.Node) bool {
	fields := map[string]ast.Expr{}
	if u, ok := ast.Unparen(origin).(*ast.UnaryExpr); ok {
		origin = u.X
	}
	switch o := ast.Unparen(origin).(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, o).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != rhttp || fn.Name() != "NewClient" {
			return false
		}
		fields["Backoff"] = nil // DefaultBackoff
		fields["RetryWaitMin"], fields["RetryWaitMax"] = nil, nil
	case *ast.CompositeLit:
		for _, el := range o.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					fields[id.Name] = kv.Value
				}
			}
		}
		if _, ok := fields["RetryWaitMin"]; !ok {
			fields["RetryWaitMin"] = zeroDur
		}
		if _, ok := fields["RetryWaitMax"]; !ok {
			fields["RetryWaitMax"] = zeroDur
		}
	default:
		return false
	}
	if v != nil && scope != nil {
		ast.Inspect(scope, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, lhs := range as.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == v {
						fields[sel.Sel.Name] = as.Rhs[i]
					}
				}
			}
			return true
		})
	}
	if e, ok := fields["RetryMax"]; ok && e != nil {
		if n, known := constInt(info, e); !known || n <= 0 {
			return false
		}
	}
	isZero := func(name string) (zero, known bool) {
		e := fields[name]
		if e == nil {
			return false, true // NewClient's default: not 0
		}
		if e == zeroDur {
			return true, true
		}
		d, ok := constInt(info, e)
		return ok && d <= 0, ok
	}
	minZero, minKnown := isZero("RetryWaitMin")
	maxZero, maxKnown := isZero("RetryWaitMax")
	b, set := fields["Backoff"]
	if !set {
		return false // a literal with no Backoff: nil, not ours to judge
	}
	if b != nil {
		switch funcName(info, b) {
		case "DefaultBackoff":
		case "LinearJitterBackoff":
			return minZero && maxZero && minKnown && maxKnown
		default:
			return false
		}
	}
	return (minZero && minKnown) || (maxZero && maxKnown)
}

// zeroDur stands for a duration field left unset in a literal.
var zeroDur = &ast.BasicLit{Value: "0"}
