package retrybackoff

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// retry-go's defaults (v4.7.0 newDefaultRetryConfig, v5.1.1 the same):
// 100ms doubled per attempt (BackOffDelay) plus up to 100ms of jitter.
const retryGoDefaultDelay = 100 * time.Millisecond

// libraryWait returns the fixed wait between attempts of an avast/retry-go
// or sethvargo/go-retry construct; known is false when the wait grows
// (the libraries' defaults) or cannot be read.
func (r *checker) libraryWait(c *retry.Construct) (time.Duration, bool) {
	call, ok := c.Node.(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return 0, false
	}
	path := fn.Pkg().Path()
	switch {
	case strings.HasPrefix(path, "github.com/avast/retry-go"):
		opts, ok := r.retryGoOptions(call, fn)
		if !ok {
			return 0, false
		}
		return r.retryGoWait(opts)
	case path == "github.com/sethvargo/go-retry":
		switch fn.Name() {
		case "Constant":
			if len(call.Args) == 3 {
				return r.constDuration(call.Args[1])
			}
		case "Do", "DoValue":
			if len(call.Args) == 3 {
				return r.sethvargoPolicy(call.Args[1], 0)
			}
		}
	}
	return 0, false
}

// retryGoOptions returns the options of a retry-go call: the variadic
// arguments of v3/v4 Do and DoWithData, those of the v5 New(…) whose
// Retrier runs Do. ok is false when they are not all visible.
func (r *checker) retryGoOptions(call *ast.CallExpr, fn *types.Func) ([]ast.Expr, bool) {
	if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Recv() == nil {
		if call.Ellipsis.IsValid() || len(call.Args) == 0 {
			return nil, false
		}
		return call.Args[1:], true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, false
	}
	newCall, ok := ast.Unparen(r.resolve(sel.X)).(*ast.CallExpr)
	if !ok || newCall.Ellipsis.IsValid() {
		return nil, false
	}
	nf, _ := typeutil.Callee(r.pass.TypesInfo, newCall).(*types.Func)
	if nf == nil || nf.Pkg() == nil || !strings.HasPrefix(nf.Pkg().Path(), "github.com/avast/retry-go") ||
		(nf.Name() != "New" && nf.Name() != "NewWithData") {
		return nil, false
	}
	return newCall.Args, true
}

// retryGoWait folds retry-go options: Delay(0) leaves no real wait
// whatever the delay type; DelayType(FixedDelay) keeps the delay (default
// 100ms) the same on every attempt. Any other delay type, or an option
// that is not a visible call of retry-go, makes the wait unknown.
func (r *checker) retryGoWait(opts []ast.Expr) (time.Duration, bool) {
	delay, delayKnown := retryGoDefaultDelay, true
	fixed, otherType := false, false
	for _, o := range opts {
		oc, ok := ast.Unparen(r.resolve(o)).(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		of, _ := typeutil.Callee(r.pass.TypesInfo, oc).(*types.Func)
		if of == nil || of.Pkg() == nil || !strings.HasPrefix(of.Pkg().Path(), "github.com/avast/retry-go") {
			return 0, false
		}
		switch of.Name() {
		case "Delay":
			if len(oc.Args) == 1 {
				delay, delayKnown = r.constDuration(oc.Args[0])
			}
		case "DelayType":
			if len(oc.Args) != 1 {
				return 0, false
			}
			switch r.funcName(oc.Args[0]) {
			case "FixedDelay":
				fixed = true
			case "BackOffDelay":
				fixed = false
			default:
				otherType = true
			}
		case "WithTimer":
			return 0, false // a custom timer may not wait at all, or wait longer
		}
	}
	switch {
	case otherType || !delayKnown:
		return 0, false
	case delay <= 0 && !fixed:
		return 0, true // 1ns doubled per attempt: no real wait
	case fixed:
		return delay, true
	}
	return 0, false // grows
}

// sethvargoPolicy folds a sethvargo/go-retry Backoff: NewConstant(d) is
// fixed; the capping middlewares keep their inner policy's interval.
func (r *checker) sethvargoPolicy(e ast.Expr, depth int) (time.Duration, bool) {
	if depth > 4 {
		return 0, false
	}
	call, ok := ast.Unparen(r.resolve(e)).(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "github.com/sethvargo/go-retry" {
		return 0, false
	}
	switch fn.Name() {
	case "NewConstant":
		if len(call.Args) == 1 {
			return r.constDuration(call.Args[0])
		}
	case "WithMaxRetries", "WithMaxDuration":
		if len(call.Args) == 2 {
			return r.sethvargoPolicy(call.Args[1], depth+1)
		}
	}
	return 0, false
}

// constDuration folds a constant duration expression.
func (r *checker) constDuration(e ast.Expr) (time.Duration, bool) {
	tv, ok := r.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v, exact := constant.Int64Val(constant.ToInt(tv.Value))
	return time.Duration(v), exact
}

// funcName returns the name of the function e refers to, "" if none.
func (r *checker) funcName(e ast.Expr) string {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return ""
	}
	if fn, ok := r.pass.TypesInfo.Uses[id].(*types.Func); ok {
		return fn.Name()
	}
	return ""
}

// resolve returns the value a local variable is defined from when it is
// never assigned again, else e itself.
func (r *checker) resolve(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return e
	}
	v, ok := r.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return e
	}
	var def ast.Expr
	reassigned := false
	for _, f := range r.pass.Files {
		if f.FileStart > v.Pos() || v.Pos() > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch s := n.(type) {
			case *ast.AssignStmt:
				for k, lhs := range s.Lhs {
					lid, ok := ast.Unparen(lhs).(*ast.Ident)
					if !ok || r.pass.TypesInfo.ObjectOf(lid) != v {
						continue
					}
					if s.Tok == token.DEFINE && lid.Pos() == v.Pos() && len(s.Lhs) == len(s.Rhs) {
						def = s.Rhs[k]
					} else {
						reassigned = true
					}
				}
			case *ast.ValueSpec:
				for k, name := range s.Names {
					if name.Pos() == v.Pos() && k < len(s.Values) && len(s.Names) == len(s.Values) {
						def = s.Values[k]
					}
				}
			case *ast.UnaryExpr:
				if s.Op == token.AND {
					if xid, ok := ast.Unparen(s.X).(*ast.Ident); ok && r.pass.TypesInfo.Uses[xid] == v {
						reassigned = true
					}
				}
			}
			return true
		})
	}
	if def == nil || reassigned {
		return e
	}
	return def
}

// zeroBackOff reports whether the cenkalti/backoff policy of a Retry is
// a ZeroBackOff (no wait at all).
func zeroBackOff(pass *analysis.Pass, l *poll.Loop) bool {
	for _, w := range l.Waits {
		e, ok := w.Node.(ast.Expr)
		if !ok {
			continue
		}
		t := pass.TypesInfo.TypeOf(e)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Name() == "ZeroBackOff" &&
			n.Obj().Pkg() != nil && strings.HasPrefix(n.Obj().Pkg().Path(), "github.com/cenkalti/backoff") {
			return true
		}
	}
	return false
}
