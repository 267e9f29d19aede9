package poll

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// ---- a waiter of another package --------------------------------------------
//
//	// package wise
//	func (c *Client) WaitFunded(ctx context.Context, id int64, maxWait time.Duration) (bool, error) {
//		deadline := time.Now().Add(maxWait)
//		for time.Now().Before(deadline) {
//			… c.GetTransfer(ctx, id) … return true, nil on a funded state …
//		}
//		return false, nil
//	}
//
//	// package workers
//	for pass := 0; pass < 3; pass++ {
//		t, err := w.CreateTransfer(ctx, …)
//		…
//		ok, err := w.WaitFunded(ctx, t.ID, 10*time.Minute)
//		if err != nil { return err }
//		if ok { return nil }
//	}
//
// A waiter (waiter.go) polls the payment in one of its parameters and,
// when its own bound ends the wait, answers "still pending" with values
// and no error. Its package summarises it; the summary is exported as a
// WaiterFact so that a caller of another package follows its pass with
// those values as a caller of the same package does (rewait.go): a pass
// that goes round on that answer pays again while the first payment can
// still complete. A give-up naming a sentinel error of the waiter's
// package is carried as an error of unknown identity: a caller testing
// it with errors.Is stays unknown, and silent.

// WaiterFact summarises an exported function that polls the payment in
// its parameter Param and gives up on a bound of its own with Results.
type WaiterFact struct {
	Param   int
	Results []WaiterVal
}

// WaiterVal is one give-up result: an absKind with its bool, string (the
// statuses an absPending value is not) and status field.
type WaiterVal struct {
	Kind  int
	B     bool
	S     string
	Field string
}

// AFact marks WaiterFact as an analysis fact.
func (*WaiterFact) AFact() {}

func (f *WaiterFact) String() string {
	parts := make([]string, len(f.Results))
	for i, v := range f.Results {
		parts[i] = describeGiveUp(v.Kind, v.B, v.S, v.Field)
	}
	return fmt.Sprintf("waits for parameter %d, gives up with (%s)", f.Param, strings.Join(parts, ", "))
}

// exportWaiters exports the WaiterFacts of the package's exported waiters
// whose give-up has no error: a give-up with an error already ends a
// caller's pass that returns on errors, and one of unknown values tells
// a caller nothing.
func exportWaiters(pass *analysis.Pass, waiters map[*types.Func]*waiter) {
	for fn, w := range waiters {
		if !fn.Exported() || fn.Pkg() != pass.Pkg || !quietGiveUp(w.giveUp) {
			continue
		}
		fact := &WaiterFact{Param: w.param}
		for _, v := range w.giveUp {
			if v.kind == absSentinel {
				v = absVal{kind: absErr} // its identity is not carried
			}
			fact.Results = append(fact.Results, WaiterVal{Kind: int(v.kind), B: v.b, S: v.s, Field: v.field})
		}
		pass.ExportObjectFact(fn, fact)
	}
}

// quietGiveUp: the give-up's last result is a nil error and some other
// result is known (a false "done", a pending status).
func quietGiveUp(vals []absVal) bool {
	if len(vals) < 2 || vals[len(vals)-1].kind != absNil {
		return false
	}
	for _, v := range vals[:len(vals)-1] {
		if v.kind == absBool || v.kind == absPending || v.kind == absString {
			return true
		}
	}
	return false
}

// importedWaiterAt: call is a call of a waiter of another package (its
// WaiterFact) and the pass around it pays again for the payment waited
// for after the waiter gives up.
func (f *finder) importedWaiterAt(call *ast.CallExpr) *Recreate {
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == f.pass.Pkg {
		return nil
	}
	var fact WaiterFact
	if !f.pass.ImportObjectFact(fn.Origin(), &fact) || fact.Param < 0 || fact.Param >= len(call.Args) {
		return nil
	}
	w := &waiter{fn: fn, param: fact.Param}
	for _, v := range fact.Results {
		w.giveUp = append(w.giveUp, absVal{kind: absKind(v.Kind), b: v.B, s: v.S, field: v.Field})
	}
	return f.rewaitAt(call, w)
}

// importedWaiter: fn is a waiter of another package with a WaiterFact. A
// loop around its call is a sequence of waits, not a poll, as around a
// poller of the same package (callsPoller): what the pass does with the
// give-up is judged by importedWaiterAt.
func (f *finder) importedWaiter(fn *types.Func) bool {
	if fn.Pkg() == nil || fn.Pkg() == f.pass.Pkg {
		return false
	}
	var fact WaiterFact
	return f.pass.ImportObjectFact(fn.Origin(), &fact)
}
