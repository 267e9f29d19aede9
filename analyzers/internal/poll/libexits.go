package poll

import (
	"go/ast"
)

// ---- a retry library's callback read like a loop's body ---------------------
//
// sethvargo/go-retry (v0.3.0) runs its callback again only when it returns
// an error wrapped in retry.RetryableError; nil, and any other error, end
// retry.Do at once. A poll written with it,
//
//	retry.Do(ctx, retry.WithMaxDuration(15*time.Minute, b), func(ctx context.Context) error {
//		p, err := api.Payments.Get(ctx, id)
//		if err != nil { return retry.RetryableError(err) }
//		if p.Status == paid { return nil }
//		return retry.RetryableError(fmt.Errorf("payment is %s", p.Status))
//	})
//
// has the status exits of a loop: `return nil` under the paid test is its
// only exit, so a failed, expired or canceled payment keeps it polling
// until the deadline, exactly as a for loop leaving only on paid. The
// helper model (helperStops) reads an error return as "again" for any
// helper that retries errors; for go-retry that holds only for a
// RetryableError, so a plain error returned on the failed state is an exit
// (goRetryStops), and the library's loops are judged by
// StopsOnlyOnSuccess as for and range loops are (libraryExits).

// isGoRetry: l is a go-retry call (Do, DoValue, Constant,
// Exponential, Fibonacci) whose callback is the loop's body.
func (f *finder) isGoRetry(l *Loop) bool {
	if l.Kind != Helper || f == nil {
		return false
	}
	call, ok := l.Node.(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := f.calleeFunc(call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == goRetryPkg
}

// goRetryPkg is sethvargo/go-retry's import path.
const goRetryPkg = "github.com/sethvargo/go-retry"

// libraryExits: l's status exits can be read like a loop's, so
// StopsOnlyOnSuccess may judge it: a go-retry callback, whose returns say
// exactly which rounds end (goRetryStops).
func (l *Loop) libraryExits() bool {
	return l.f.isGoRetry(l)
}

// goRetryStops tells what a return of a go-retry callback does: the
// last result nil, or an error not made by retry.RetryableError, ends the
// retries; RetryableError(err) asks for another round. ok is false for
// other loops.
func (f *finder) goRetryStops(r *ast.ReturnStmt, l *Loop) (stop, ok bool) {
	if !f.isGoRetry(l) {
		return false, false
	}
	if len(r.Results) == 0 {
		return true, true
	}
	last := unparen(r.Results[len(r.Results)-1])
	if isNilIdent(last) {
		return true, true
	}
	if c, isCall := last.(*ast.CallExpr); isCall {
		if fn := f.calleeFunc(c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == goRetryPkg && fn.Name() == "RetryableError" {
			return false, true
		}
	}
	if !isErrorExpr(f.info, last) {
		return false, false // not an error: leave it to helperStops
	}
	return true, true
}
