package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Library option semantics, checked against the real modules:
// avast/retry-go v4.7.0, sethvargo/go-retry v0.3.0 and cenkalti/backoff
// v4.3.0 / v5.0.3 (for helpers; the poll model reads backoff.Retry polls
// itself).
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

// LibraryCall summarises a call of avast/retry-go v3/v4,
// sethvargo/go-retry or cenkalti/backoff as a helper fact of the call itself (parameter
// indexes are the call's argument indexes), from its options. ctx is a
// context the call stops on that is not one of its arguments (retry-go's
// Context(ctx) option, backoff v4's WithContext), nil if none. f is nil for other calls.
func LibraryCall(info *types.Info, call *ast.CallExpr) (f *payment.HelperFact, ctx ast.Expr) {
	return LibraryCallIn(info, call, nil)
}

// LibraryCallIn is LibraryCall with a resolver of the caller's local
// variables: once(e) is the value a local variable e is set to once (by
// its definition, never assigned again nor its address taken), e itself
// otherwise. A go-retry policy held in such a variable (b :=
// retry.NewExponential(d); retry.Do(ctx, b, op)) is read as if written in
// the call: go-retry's middlewares return a new Backoff and change none,
// so nothing can cap b after its definition.
func LibraryCallIn(info *types.Info, call *ast.CallExpr, once func(ast.Expr) ast.Expr) (f *payment.HelperFact, ctx ast.Expr) {
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
			goRetryPolicy(info, f, call.Args[1], 0, once)
		case "Constant":
			f.Wait, f.WaitParam = payment.WaitParam, 1
		default: // Exponential, Fibonacci
			f.WaitGrows = true
		}
	case "github.com/cenkalti/backoff", "github.com/cenkalti/backoff/v4":
		if len(call.Args) < 2 {
			return nil, nil
		}
		ctx = backoffPolicy(info, f, call.Args[1], 0)
	case "github.com/cenkalti/backoff/v5":
		f.Bound, f.CtxParam = payment.BoundCtx, 0
		backoffV5Options(info, f, call)
	default:
		return nil, nil
	}
	return f, ctx
}

// backoffPolicy reads a cenkalti/backoff v4 policy expression (v4.3.0):
// an ExponentialBackOff stops after MaxElapsedTime (15 minutes from
// NewExponentialBackOff, none when 0 or unset in a literal); Constant and
// Zero never stop; StopBackOff stops at once; WithMaxRetries caps;
// WithContext stops with its context (returned).
func backoffPolicy(info *types.Info, f *payment.HelperFact, e ast.Expr, depth int) (ctx ast.Expr) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if depth > 4 || fn == nil || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), "github.com/cenkalti/backoff") {
			break
		}
		switch fn.Name() {
		case "NewExponentialBackOff":
			f.WaitGrows = true
			f.Bound |= payment.BoundDeadline
			for _, o := range x.Args {
				if oc, ok := ast.Unparen(o).(*ast.CallExpr); ok && funcName(info, oc.Fun) == "WithMaxElapsedTime" && len(oc.Args) == 1 {
					if d, ok := constInt(info, oc.Args[0]); ok && d == 0 {
						f.Bound &^= payment.BoundDeadline
					}
				}
			}
			return nil
		case "NewConstantBackOff":
			if d, ok := constInt(info, x.Args[0]); ok {
				f.Wait, f.WaitDur = payment.WaitConst, time.Duration(d)
			} else {
				f.Wait = payment.WaitUnknown
			}
			return nil
		case "WithMaxRetries":
			f.Bound |= payment.BoundAttempts
			return backoffPolicy(info, f, x.Args[0], depth+1)
		case "WithContext":
			backoffPolicy(info, f, x.Args[0], depth+1)
			return x.Args[1]
		}
	case *ast.CompositeLit:
		switch typeName(info.Types[x].Type) {
		case "ZeroBackOff":
			f.Wait = payment.WaitNone
			return nil
		case "StopBackOff":
			f.Bound |= payment.BoundOther // stops at once
			return nil
		case "ConstantBackOff":
			f.Wait = payment.WaitUnknown
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "Interval" {
					if d, ok := constInt(info, kv.Value); ok {
						f.Wait, f.WaitDur = payment.WaitConst, time.Duration(d)
					}
				}
			}
			return nil
		case "ExponentialBackOff":
			f.WaitGrows = true
			for _, el := range x.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "MaxElapsedTime" {
					if d, ok := constInt(info, kv.Value); !ok || d > 0 {
						f.Bound |= payment.BoundDeadline
					}
				}
			}
			return nil
		}
	}
	// A policy held in a variable or built elsewhere: its fields may be
	// set anywhere; it may stop.
	f.Bound |= payment.BoundOther
	f.Wait = payment.WaitUnknown
	return nil
}

// backoffV5Options reads cenkalti/backoff v5.0.3 Retry options: 15
// minutes unless WithMaxElapsedTime(0); WithMaxTries(n) caps when n > 0;
// WithBackOff sets the policy (default: exponential, growing).
func backoffV5Options(info *types.Info, f *payment.HelperFact, call *ast.CallExpr) {
	elapsed := true
	policy := false
	for _, o := range call.Args[min(2, len(call.Args)):] {
		oc, ok := ast.Unparen(o).(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || len(oc.Args) != 1 {
			f.Bound, f.Wait = f.Bound|payment.BoundOther, payment.WaitUnknown
			return
		}
		switch funcName(info, oc.Fun) {
		case "WithMaxElapsedTime":
			if d, ok := constInt(info, oc.Args[0]); ok && d <= 0 {
				elapsed = false
			}
		case "WithMaxTries":
			if n, ok := constInt(info, oc.Args[0]); !ok || n > 0 {
				f.Bound |= payment.BoundAttempts
			}
		case "WithBackOff":
			policy = true
			inner := &payment.HelperFact{Wait: payment.WaitLibrary}
			backoffPolicy(info, inner, oc.Args[0], 0)
			f.Wait, f.WaitDur, f.WaitGrows = inner.Wait, inner.WaitDur, inner.WaitGrows
			if inner.Bound&payment.BoundOther != 0 {
				f.Bound |= payment.BoundOther // StopBackOff, or a policy that may stop
			}
		}
	}
	if elapsed {
		f.Bound |= payment.BoundDeadline
	}
	if !policy {
		f.WaitGrows = true
	}
}

func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && strings.HasPrefix(n.Obj().Pkg().Path(), "github.com/cenkalti/backoff") {
		return n.Obj().Name()
	}
	return ""
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
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
func goRetryPolicy(info *types.Info, f *payment.HelperFact, e ast.Expr, depth int, once func(ast.Expr) ast.Expr) {
	if _, isVar := ast.Unparen(e).(*ast.Ident); isVar && once != nil {
		e = once(e) // a policy set once in a local variable (LibraryCallIn)
	}
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
		goRetryPolicy(info, f, c.Args[1], depth+1, once)
	case "WithMaxDuration":
		f.Bound |= payment.BoundDeadline
		goRetryPolicy(info, f, c.Args[1], depth+1, once)
	case "WithCappedDuration", "WithJitter", "WithJitterPercent":
		goRetryPolicy(info, f, c.Args[1], depth+1, once)
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
	if fn := namedFunc(info, e); fn != nil {
		return fn.Name()
	}
	return ""
}

// namedFunc: the function or method e names (f, pkg.F, x.M), nil if none.
func namedFunc(info *types.Info, e ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}
