package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// libFunc is one retry-library function that runs an operation again
// until it succeeds.
type libFunc struct {
	pkg     string // import path
	recv    string // receiver type name for methods
	name    string
	arg     int // index of the operation argument
	display string
}

// libraries is the knowledge table of retry libraries. Checked against
// the real modules: cenkalti/backoff v4.3.0 and v5.0.3, avast/retry-go
// v4.7.0 and v5.1.1, sethvargo/go-retry v0.3.0.
var libraries = []libFunc{
	{"github.com/cenkalti/backoff", "", "Retry", 0, "backoff.Retry"},
	{"github.com/cenkalti/backoff", "", "RetryNotify", 0, "backoff.RetryNotify"},
	{"github.com/cenkalti/backoff/v4", "", "Retry", 0, "backoff.Retry"},
	{"github.com/cenkalti/backoff/v4", "", "RetryNotify", 0, "backoff.RetryNotify"},
	{"github.com/cenkalti/backoff/v4", "", "RetryWithData", 0, "backoff.RetryWithData"},
	{"github.com/cenkalti/backoff/v4", "", "RetryNotifyWithData", 0, "backoff.RetryNotifyWithData"},
	{"github.com/cenkalti/backoff/v4", "", "RetryNotifyWithTimer", 0, "backoff.RetryNotifyWithTimer"},
	{"github.com/cenkalti/backoff/v4", "", "RetryNotifyWithTimerAndData", 0, "backoff.RetryNotifyWithTimerAndData"},
	{"github.com/cenkalti/backoff/v5", "", "Retry", 1, "backoff.Retry"},
	{"github.com/avast/retry-go", "", "Do", 0, "retry.Do"},
	{"github.com/avast/retry-go/v4", "", "Do", 0, "retry.Do"},
	{"github.com/avast/retry-go/v4", "", "DoWithData", 0, "retry.DoWithData"},
	{"github.com/avast/retry-go/v5", "Retrier", "Do", 0, "retry.Retrier.Do"},
	{"github.com/avast/retry-go/v5", "RetrierWithData", "Do", 0, "retry.RetrierWithData.Do"},
	{"github.com/sethvargo/go-retry", "", "Do", 2, "retry.Do"},
	{"github.com/sethvargo/go-retry", "", "DoValue", 2, "retry.DoValue"},
	{"github.com/sethvargo/go-retry", "", "Constant", 2, "retry.Constant"},
	{"github.com/sethvargo/go-retry", "", "Exponential", 2, "retry.Exponential"},
	{"github.com/sethvargo/go-retry", "", "Fibonacci", 2, "retry.Fibonacci"},
}

// library returns the retry-library function call calls, or nil.
func (r *Result) library(call *ast.CallExpr) *libFunc {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	return lookupLibrary(fn)
}

func lookupLibrary(fn *types.Func) *libFunc {
	path := fn.Pkg().Path()
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		path = path[i+len("/vendor/"):]
	}
	recv := ""
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			recv = n.Origin().Obj().Name()
		}
	}
	for i := range libraries {
		l := &libraries[i]
		if l.pkg == path && l.name == fn.Name() && l.recv == recv {
			return l
		}
	}
	return nil
}

// IsLibrary reports whether call is a call of a known retry library
// function that retries an operation; it returns the operation argument.
func (r *Result) IsLibrary(call *ast.CallExpr) (op ast.Expr, name string, ok bool) {
	if r == nil || call == nil {
		return nil, "", false
	}
	spec := r.library(call)
	if spec == nil || spec.arg >= len(call.Args) {
		return nil, "", false
	}
	return call.Args[spec.arg], spec.display, true
}
