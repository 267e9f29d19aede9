package retry

import (
	"go/ast"
	"go/types"
	"strings"
	"time"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// RecursionWait returns the wait between two attempts of c, a recursive
// retry (Kind Recursion) around op: the waits of the function's body
// (time.Sleep, a receive from time.After or a ticker), read as a
// helper's loop is (shape.waits). known is false when no wait is found,
// when one is not a constant, or when the body also calls something that
// looks like a wait the model cannot read (limiter.Wait, b.Backoff()):
// the rules stay silent then. grows reports a wait that changes from one
// call to the next (a parameter passed on doubled, an attempt counter).
func (r *Result) RecursionWait(c *Construct, op *ast.CallExpr) (d time.Duration, known, grows bool) {
	if c == nil || c.Kind != Recursion {
		return 0, false, false
	}
	decl, ok := c.Node.(*ast.FuncDecl)
	if !ok || decl.Body == nil {
		return 0, false, false
	}
	fn, _ := r.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil || r.opaqueWait(decl.Body) {
		return 0, false, false
	}
	s := &shape{r: r, c: candidate{decl: decl, fn: fn, params: funcParams(fn)}, call: op, region: decl.Body}
	f := &payment.HelperFact{WaitParam: -1}
	s.waits(f)
	if f.Wait != payment.WaitConst {
		return 0, false, false
	}
	return f.WaitDur, true, f.WaitGrows
}

// waitWords name calls that wait by means the model does not follow.
var waitWords = []string{"wait", "sleep", "backoff", "delay", "pause", "throttle"}

// opaqueWait reports whether body calls, outside package time, a function
// or method whose name says it waits (limiter.Wait, bo.NextBackOff).
func (r *Result) opaqueWait(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := r.staticCallee(call)
		if fn == nil {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				found = waitName(sel.Sel.Name) // an interface method
			}
			return !found
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "time" {
			return true
		}
		found = waitName(fn.Name())
		return !found
	})
	return found
}

func waitName(name string) bool {
	name = strings.ToLower(name)
	for _, w := range waitWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}
