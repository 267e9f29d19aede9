package poll

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// libraryLoop recognises a call of avast/retry-go or sethvargo/go-retry
// whose operation is a function literal that polls: a loop of Kind
// Helper whose wait and bound come from the library's options
// (retry.LibraryCall), so retry.Do(op, retry.UntilSucceeded()) is a poll
// with no bound and retry.Do(op, retry.Delay(0)) one with no wait.
func (f *finder) libraryLoop(call *ast.CallExpr) *Loop {
	h, ctx := retry.LibraryCallIn(f.info, call, f.onceValue)
	if h == nil {
		return nil
	}
	lit, factory := f.handed(call.Args[h.Param])
	if lit == nil {
		return nil
	}
	l := &Loop{Kind: Helper, Node: call, Pos: call.Pos(), Body: lit.Body, region: lit, helper: h, helperName: h.By, factory: factory}
	if ctx != nil && !f.backgroundCtx(ctx, l) {
		// retry.Context(ctx): stops when ctx is done, a context from
		// the caller or with a deadline.
		h.Bound |= payment.BoundOther
	}
	return l
}

// onceValue: the value a local variable e is set to by its definition
// when nothing assigns it again or takes its address (b :=
// retry.NewExponential(d)); e itself otherwise.
func (f *finder) onceValue(e ast.Expr) ast.Expr {
	v := f.varOf(e)
	if v == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || len(f.assigns[v]) > 0 {
		return e
	}
	def := f.defs[v]
	if def == nil {
		return e
	}
	if rhs, ok := f.defValue(def); ok && rhs != nil {
		return rhs
	}
	return e
}
