package retry

import (
	"go/ast"
	"go/types"
	"time"

	"golang.org/x/tools/go/types/typeutil"
)

// sethvargo/go-retry, checked against v0.3.0: Do/DoValue(ctx, b, f) and
// Constant/Exponential/Fibonacci(ctx, d, f) retry only errors wrapped in
// RetryableError; any other error ends the retries. NewConstant(d) and
// Constant wait d on every attempt; WithMaxRetries and WithMaxDuration
// keep their inner policy's interval; the exponential and Fibonacci
// policies grow, WithJitter varies the wait.
const goRetryPath = "github.com/sethvargo/go-retry"

// goRetryWait returns the fixed wait of a go-retry call; fixed is false
// when it grows, is jittered or cannot be read.
func (r *Result) goRetryWait(call *ast.CallExpr, fn *types.Func) (time.Duration, bool) {
	switch fn.Name() {
	case "Constant":
		if len(call.Args) == 3 {
			return r.constDuration(call.Args[1])
		}
	case "Do", "DoValue":
		if len(call.Args) == 3 {
			return r.goRetryBackoff(call.Args[1], 0)
		}
	}
	return 0, false
}

// goRetryBackoff folds a go-retry Backoff: NewConstant(d) is fixed; the
// capping middlewares keep their inner policy's interval.
func (r *Result) goRetryBackoff(e ast.Expr, depth int) (time.Duration, bool) {
	if depth > 4 {
		return 0, false
	}
	call, ok := ast.Unparen(r.resolve(e)).(*ast.CallExpr)
	if !ok {
		return 0, false
	}
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if inner := r.fieldFactory(call); fn == nil && inner != nil {
		return r.goRetryBackoff(inner, depth+1) // funcfield.go
	}
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != goRetryPath {
		return 0, false
	}
	switch fn.Name() {
	case "NewConstant":
		if len(call.Args) == 1 {
			return r.constDuration(call.Args[0])
		}
	case "WithMaxRetries", "WithMaxDuration":
		if len(call.Args) == 2 {
			return r.goRetryBackoff(call.Args[1], depth+1)
		}
	}
	return 0, false
}

// goRetryMark: RetryableError(err) asks for another attempt when err is
// not nil.
func (r *Result) goRetryMark(e ast.Expr) (Mark, ast.Expr) {
	if x, ok := r.markCall(e, goRetryPath, "RetryableError"); ok {
		return Retryable, x
	}
	return Unmarked, nil
}
