package poll_test

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
)

// fakeOps recognises the toy API of testdata/src/poll/fakepay: Get and
// Client.Status read a payment's status (id = the string argument),
// Create creates one. The real recogniser is the payment model's.
func fakeOps(pass *analysis.Pass) poll.OpOf {
	return func(call *ast.CallExpr) *payment.Op {
		fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
		if fn == nil || fn.Pkg() == nil || !strings.HasSuffix(fn.Pkg().Path(), "fakepay") {
			return nil
		}
		switch fn.Name() {
		case "Get", "Status":
			op := &payment.Op{Call: call, Kind: payment.StatusRead, Desc: "fakepay." + fn.Name()}
			for _, a := range call.Args {
				if tv, ok := pass.TypesInfo.Types[a]; ok && types.Identical(tv.Type, types.Typ[types.String]) {
					op.ID = a
				}
			}
			return op
		case "List":
			return &payment.Op{Call: call, Kind: payment.StatusRead, Desc: "fakepay.List", Path: "{}/v1/payments"}
		case "Create":
			return &payment.Op{Call: call, Kind: payment.Write | payment.Create, Desc: "fakepay.Create"}
		}
		return nil
	}
}

// describe reports every poll loop with what the model found.
var describe = &analysis.Analyzer{
	Name: "describepoll",
	Doc:  "test: describe poll loops",
	Run: func(pass *analysis.Pass) (any, error) {
		opOf := fakeOps(pass)
		res := poll.Find(pass, opOf)
		for _, l := range res.Loops {
			interval := "unknown"
			if w, ok := l.Interval(); ok {
				interval = w.D.String()
			} else if l.Busy() {
				interval = "busy"
			} else {
				for _, w := range l.Waits {
					if w.Grows {
						interval = "grows"
					}
				}
			}
			pass.Reportf(l.Pos, "poll %s: interval=%s status-exit=%v bounded=%v swallowed=%v",
				l.IDText(), interval, l.StatusExit, l.Bounded(), l.Swallowed != nil)
			ast.Inspect(l.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if op := opOf(c); op != nil && op.Kind.Has(payment.Create) && l.Contains(c) {
						pass.Reportf(c.Pos(), "create in poll loop, after failure=%v", l.AfterTerminalFailure(c))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

var _ = cases.Add(describe, "PollModel", "poll/loops")
