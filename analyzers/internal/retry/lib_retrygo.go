package retry

import (
	"go/ast"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/types/typeutil"
)

// avast/retry-go, checked against v4.7.0 and v5.1.1: Do/DoWithData (v3,
// v4) and the v5 Retrier made by New(…) retry every error the operation
// returns but Unrecoverable(err), unless a RetryIf option decides; the
// default delay is 100ms doubled per attempt (BackOffDelay) plus up to
// 100ms of jitter; DelayType(FixedDelay) keeps Delay on every attempt;
// Delay(0) with the default type leaves no real wait; WithTimer may wait
// anything.
const retryGoPath = "github.com/avast/retry-go"

const retryGoDefaultDelay = 100 * time.Millisecond

// retryGoOpts returns the options of a retry-go call: the variadic
// arguments of v3/v4 Do and DoWithData, those of the v5 New(…) whose
// Retrier runs Do. ok is false when they are not all visible.
func (r *Result) retryGoOpts(call *ast.CallExpr, fn *types.Func) ([]ast.Expr, bool) {
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
	if nf == nil || nf.Pkg() == nil || !strings.HasPrefix(nf.Pkg().Path(), retryGoPath) ||
		(nf.Name() != "New" && nf.Name() != "NewWithData") {
		return nil, false
	}
	return newCall.Args, true
}

// retryGoWait folds retry-go options into the fixed wait between
// attempts: Delay(0) leaves no real wait whatever the delay type;
// DelayType(FixedDelay) keeps the delay (default 100ms) the same on every
// attempt. fixed is false when the wait grows (the default), or for any
// other delay type, a custom timer, or an option that is not a visible
// call of retry-go.
func (r *Result) retryGoWait(opts []ast.Expr) (d time.Duration, fixed bool) {
	delay, delayKnown := retryGoDefaultDelay, true
	fixedType, otherType := false, false
	for _, o := range opts {
		oc, ok := ast.Unparen(r.resolve(o)).(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		of, _ := typeutil.Callee(r.pass.TypesInfo, oc).(*types.Func)
		if of == nil || of.Pkg() == nil || !strings.HasPrefix(of.Pkg().Path(), retryGoPath) {
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
			switch funcName(r.pass.TypesInfo, oc.Args[0]) {
			case "FixedDelay":
				fixedType = true
			case "BackOffDelay":
				fixedType = false
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
	case delay <= 0 && !fixedType:
		return 0, true // 1ns doubled per attempt: no real wait
	case fixedType:
		return delay, true
	}
	return 0, false // grows
}

// retryGoRetryIf reports whether a retry-go call is given a RetryIf
// option, directly or through the v5 New(…) its Retrier comes from; true
// also when its options are not visible (they may hold one).
func (r *Result) retryGoRetryIf(call *ast.CallExpr) bool {
	info := r.pass.TypesInfo
	found := false
	check := func(args []ast.Expr) {
		for _, a := range args {
			ast.Inspect(a, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if f, _ := typeutil.Callee(info, c).(*types.Func); f != nil && f.Name() == "RetryIf" {
						found = true
					}
				}
				return !found
			})
		}
	}
	check(call.Args)
	if call.Ellipsis.IsValid() {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return found
	}
	if nc, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
		check(nc.Args)
		return found || nc.Ellipsis.IsValid()
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return found
	}
	// r := retry.New(…); r.Do(f): look at New's options.
	obj := info.ObjectOf(id)
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
				for k, l := range as.Lhs {
					if lid, ok := l.(*ast.Ident); ok && info.ObjectOf(lid) == obj {
						if nc, ok := ast.Unparen(as.Rhs[k]).(*ast.CallExpr); ok {
							check(nc.Args)
							if nc.Ellipsis.IsValid() {
								found = true
							}
						}
					}
				}
			}
			return !found
		})
	}
	return found
}

// retryGoMark: Unrecoverable(err) ends the retries.
func (r *Result) retryGoMark(e ast.Expr) (Mark, ast.Expr) {
	if x, ok := r.markCall(e, retryGoPath, "Unrecoverable"); ok {
		return Permanent, x
	}
	return Unmarked, nil
}
