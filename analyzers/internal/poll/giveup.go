package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a poll helper that gives up while the payment is pending ---------------
//
// A callback that ends the wait on a failed state makes the helper return
// an error after a terminal failure, when creating a new payment is the
// advice. Creating again is still wrong after the helper gave up while the
// payment was pending, and the pass that creates can go on after that:
//
//   - the callback returns a read's error, which stops the helper;
//   - the helper has a bound of its own (an attempt cap, a deadline);
//   - the context handed to the helper is made with a timeout or deadline
//     in the creating pass (the caller's context, once done, fails the
//     next creation too).

// givesUpPending reports whether the helper of l can return an error while
// the payment is still pending, with the creating pass (body) still able
// to create.
func (f *finder) givesUpPending(l *Loop, body *ast.BlockStmt) bool {
	h, call := l.helper, l.Node.(*ast.CallExpr)
	if h == nil {
		return false
	}
	if h.Bound&^payment.BoundCtx != 0 {
		return true
	}
	if h.CtxParam >= 0 && h.CtxParam < len(call.Args) && f.timeoutMadeIn(call.Args[h.CtxParam], body) {
		return true
	}
	return f.returnsReadError(l)
}

// timeoutMadeIn: ctx is a local defined in body from context.WithTimeout
// or context.WithDeadline.
func (f *finder) timeoutMadeIn(ctx ast.Expr, body *ast.BlockStmt) bool {
	v := f.varOf(ctx)
	if v == nil || len(f.assigns[v]) > 0 {
		return false
	}
	def := f.defs[v]
	if def == nil || !within(def, body) {
		return false
	}
	rhs, ok := f.defValue(def)
	c, isCall := unparen(rhs).(*ast.CallExpr)
	if !ok || !isCall {
		return false
	}
	return isFunc(f.calleeFunc(c), "context", "WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause")
}

// returnsReadError: some return of the callback that stops the helper with
// an error is reached without a terminal state (a failed read's error).
func (f *finder) returnsReadError(l *Loop) bool {
	found := false
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		r, ok := n.(*ast.ReturnStmt)
		if !ok || len(r.Results) == 0 {
			return true
		}
		last := unparen(r.Results[len(r.Results)-1])
		if isNilIdent(last) || !isErrorExpr(f.info, last) || l.AfterTerminal(r) {
			return true
		}
		if stop, _ := f.helperStops(r, l); stop {
			found = true
		}
		return !found
	})
	return found
}

// successOrSentinel: cond is a disjunction of err == nil and errors.Is(err,
// X) terms, X one of the callback's failure errors: a wait that gave up
// (its context's error, a read's) fails the condition.
func (f *finder) successOrSentinel(cond ast.Expr, errVar *types.Var, failures map[types.Object]bool) bool {
	switch e := unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR:
			return f.successOrSentinel(e.X, errVar, failures) && f.successOrSentinel(e.Y, errVar, failures)
		case token.EQL:
			return f.varOf(e.X) == errVar && isNilIdent(unparen(e.Y))
		}
	case *ast.CallExpr:
		return isFunc(f.calleeFunc(e), "errors", "Is") && len(e.Args) == 2 && f.varOf(e.Args[0]) == errVar && failures[f.errObject(e.Args[1])]
	}
	return false
}

// failureErrors are the package-level error variables the callback
// returns after a terminal failure (return false, ErrDeclined).
func (f *finder) failureErrors(l *Loop) map[types.Object]bool {
	out := map[types.Object]bool{}
	ast.Inspect(l.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 && l.AfterTerminalFailure(r) {
			if obj := f.errObject(r.Results[len(r.Results)-1]); obj != nil {
				out[obj] = true
			}
		}
		return true
	})
	return out
}

// errObject: the package-level variable e names (ErrX, pkg.ErrX), nil
// otherwise.
func (f *finder) errObject(e ast.Expr) types.Object {
	var id *ast.Ident
	switch x := unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}
