package retry

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Library option semantics, checked against the real modules:
// avast/retry-go v4.7.0 and sethvargo/go-retry v0.3.0 (cenkalti/backoff
// is read by the poll model's backoff policies).
//
//   - retry-go Do/DoWithData: 10 attempts by default; Attempts(0) and
//     UntilSucceeded() retry until success, stopped only by the context
//     of Context(ctx) (context.Background() by default). The wait is
//     CombineDelay(BackOffDelay, RandomDelay) from Delay (100ms): it grows;
//     DelayType(FixedDelay) keeps Delay; Delay(0) with the default type
//     waits nothing but jitter; other delay types or WithTimer: unknown.
//   - go-retry Do/DoValue(ctx, b, f): stops when ctx is done; the Backoff
//     b never stops unless wrapped in WithMaxRetries or WithMaxDuration;
//     NewConstant(d) waits d, NewExponential/NewFibonacci grow.
//     Constant/Exponential/Fibonacci(ctx, d, f) never stop but by ctx.

// LibraryCall summarises a call of avast/retry-go v3/v4 or
// sethvargo/go-retry as a helper fact of the call itself (parameter
// indexes are the call's argument indexes), from its options. ctx is a
// context the call stops on that is not one of its arguments (retry-go's
// Context(ctx) option), nil if none. f is nil for other calls.
func LibraryCall(info *types.Info, call *ast.CallExpr) (f *payment.HelperFact, ctx ast.Expr) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil, nil
	}
	spec := lookupLibrary(fn.Origin())
	if spec == nil || spec.arg >= len(call.Args) {
		return nil, nil
	}
	f = &payment.HelperFact{
		Param: spec.arg, By: spec.display, AgainAfterError: true,
		Wait: payment.WaitLibrary, WaitParam: -1, CtxParam: -1, AttemptsParam: -1,
	}
	switch spec.pkg {
	case "github.com/avast/retry-go", "github.com/avast/retry-go/v4":
		if spec.recv != "" {
			return nil, nil
		}
		ctx = retryGoOptions(info, f, call)
	case "github.com/sethvargo/go-retry":
		f.Bound, f.CtxParam = payment.BoundCtx, 0
		switch spec.name {
		case "Do", "DoValue":
			goRetryPolicy(info, f, call.Args[1], 0)
		case "Constant":
			f.Wait, f.WaitParam = payment.WaitParam, 1
		default: // Exponential, Fibonacci
			f.WaitGrows = true
		}
	default:
		return nil, nil
	}
	return f, ctx
}

// retryGoOptions fills f's bound and wait from the options of a retry-go
// Do call and returns its Context option's context.
func retryGoOptions(info *types.Info, f *payment.HelperFact, call *ast.CallExpr) (ctx ast.Expr) {
	attempts, attemptsKnown := int64(10), true
	delay, delayKnown := 100*time.Millisecond, true
	delayType := "BackOffDelay+RandomDelay"
	for _, o := range call.Args[1:] {
		oc, _ := ast.Unparen(o).(*ast.CallExpr)
		var of *types.Func
		if oc != nil && len(oc.Args) <= 1 {
			of, _ = typeutil.Callee(info, oc).(*types.Func)
		}
		if call.Ellipsis.IsValid() || of == nil || of.Pkg() == nil || !strings.HasPrefix(of.Pkg().Path(), "github.com/avast/retry-go") {
			// An option we cannot read (a slice of options, a variable):
			// it may set anything.
			f.Bound, f.Wait = payment.BoundOther, payment.WaitUnknown
			return nil
		}
		if len(oc.Args) == 0 && of.Name() != "UntilSucceeded" {
			continue
		}
		switch of.Name() {
		case "Attempts":
			attempts, attemptsKnown = constInt(info, oc.Args[0])
		case "UntilSucceeded":
			attempts, attemptsKnown = 0, true
		case "Context":
			ctx = oc.Args[0]
		case "Delay":
			var d int64
			d, delayKnown = constInt(info, oc.Args[0])
			delay = time.Duration(d)
		case "DelayType":
			delayType = funcName(info, oc.Args[0])
		case "WithTimer":
			delayType = "" // a custom timer may wait any time
		}
	}
	if attempts > 0 || !attemptsKnown {
		f.Bound |= payment.BoundAttempts
	}
	switch {
	case !delayKnown || (delayType != "FixedDelay" && delayType != "BackOffDelay" && delayType != "BackOffDelay+RandomDelay"):
		f.Wait = payment.WaitUnknown
	case delay <= 0 && delayType != "FixedDelay":
		f.Wait = payment.WaitNone // 0 doubled per attempt (and at most jitter)
	case delayType == "FixedDelay":
		f.Wait, f.WaitDur = payment.WaitConst, delay
	default:
		f.WaitGrows = true // doubles per attempt
	}
	return ctx
}

// goRetryPolicy reads a go-retry Backoff expression: the wait of its
// innermost policy and the caps of its middlewares.
func goRetryPolicy(info *types.Info, f *payment.HelperFact, e ast.Expr, depth int) {
	c, _ := ast.Unparen(e).(*ast.CallExpr)
	var fn *types.Func
	if c != nil && len(c.Args) > 0 {
		fn, _ = typeutil.Callee(info, c).(*types.Func)
	}
	if depth > 4 || fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "github.com/sethvargo/go-retry" {
		// A policy built elsewhere (a variable, a constructor of the
		// caller's): it may stop.
		f.Bound |= payment.BoundOther
		f.Wait = payment.WaitUnknown
		return
	}
	switch fn.Name() {
	case "NewConstant":
		if d, ok := constInt(info, c.Args[0]); ok {
			f.Wait, f.WaitDur = payment.WaitConst, time.Duration(d)
		} else {
			f.Wait = payment.WaitUnknown
		}
	case "NewExponential", "NewFibonacci":
		f.WaitGrows = true
	case "WithMaxRetries":
		// attempt >= max stops: WithMaxRetries(0, b) stops at once.
		f.Bound |= payment.BoundAttempts
		goRetryPolicy(info, f, c.Args[1], depth+1)
	case "WithMaxDuration":
		f.Bound |= payment.BoundDeadline
		goRetryPolicy(info, f, c.Args[1], depth+1)
	case "WithCappedDuration", "WithJitter", "WithJitterPercent":
		goRetryPolicy(info, f, c.Args[1], depth+1)
	default:
		f.Bound |= payment.BoundOther
		f.Wait = payment.WaitUnknown
	}
}

func constInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constant.Int64Val(constant.ToInt(tv.Value))
}

// funcName names the function e refers to, "" if none.
func funcName(info *types.Info, e ast.Expr) string {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return ""
	}
	if fn, ok := info.Uses[id].(*types.Func); ok {
		return fn.Name()
	}
	return ""
}
