package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- port calls made one call below the retry ------------------------------------
//
// A worker over failed rows often keeps the per-row work in a method of
// its own:
//
//	func (w *Worker) tick(ctx) error {
//		due, _ := w.invoices.DueForRetry(ctx)   // the pass re-selects the rows
//		for _, inv := range due { w.retryOne(ctx, inv) }
//	}
//	func (w *Worker) retryOne(ctx, inv) { ref, err := w.charger.Charge(ctx, inv) … }
//
// For a direct payment call the payment model makes retryOne a wrapper
// and its call in tick an op the retry model judges. A call through an
// interface bound only in main has no op, so the port call is recorded
// when a call of its own method, in this package, is repeated by a
// construct (a worker pass, a loop, a helper): each attempt runs the
// method anew, so a key made in the method is made per attempt, and one
// it is handed (a parameter: the row's id, the caller's key) is judged
// stable, as we cannot see what the caller hands it. One level only.
// Not a retry: a method that marks the row (a status outside the
// pending ones, a markX/ClaimX call) before the port call or in its
// error branch, for a construct over rows: the next pass skips the row.

// callerRetry returns the construct repeating a call of fd's method in
// this package (the innermost one that is no retrying client), and the
// method's name for the message; nil when none does or the row is
// claimed in fd before call.
func callerRetry(pass *analysis.Pass, res *Result, fd *ast.FuncDecl, call *ast.CallExpr) (*Construct, string) {
	fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || res == nil {
		return nil, ""
	}
	res.init()
	for _, file := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(file.Pos()).Filename, "_test.go") {
			continue
		}
		var found *Construct
		ast.Inspect(file, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || found != nil {
				return found == nil
			}
			if c == call || res.staticCallee(c) != fn || within(c, fd) {
				return true // recursion is the retry model's own business
			}
			if k := firstRetry(res.Around(c)); k != nil {
				found = k
			}
			return found == nil
		})
		if found == nil {
			continue
		}
		if found.Kind == Rows || found.Kind == Job {
			if res.claimed(fd.Body, call, map[string]bool{}) {
				return nil, ""
			}
		}
		return found, fd.Name.Name
	}
	return nil, ""
}

// portRetry is the construct repeating call (in fd), the region each
// attempt runs anew and, when the construct repeats a call of fd's
// method rather than call itself, the method's name.
func portRetry(pass *analysis.Pass, res *Result, fd *ast.FuncDecl, call *ast.CallExpr) (*Construct, ast.Node, string) {
	if c := firstRetry(res.Around(call)); c != nil {
		return c, c.Region, ""
	}
	c, via := callerRetry(pass, res, fd, call)
	if c == nil {
		return nil, nil, ""
	}
	return c, fd.Body, via
}

// through says how the retry reaches the call: " through retryOne".
func through(via string) string {
	if via == "" {
		return ""
	}
	return " through " + via
}
