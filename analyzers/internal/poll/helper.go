package poll

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Poll helpers: a call of a function, of any package, that calls its
// callback again and again (a payment.HelperFact from the retry model)
// is a poll loop when the callback reads a payment's status and reports
// done on it: pollx.Until(ctx, 500*time.Millisecond, func() (bool,
// error) { … }) polls every 500ms, bounded by ctx. The helper's wait and
// bound come from its summary; the callback's returns are the exits.

// helperLoop recognises a call of a helper whose callback is a function
// literal (or a local variable bound to one).
func (f *finder) helperLoop(call *ast.CallExpr) *Loop {
	if f.helpers == nil {
		return nil
	}
	fn := f.calleeFunc(call)
	h := f.helpers.Helper(fn)
	if h == nil && fn != nil {
		return f.fieldHelperLoop(call, fn) // fieldhelper.go
	}
	if h == nil || h.Param >= len(call.Args) {
		return nil
	}
	lit, factory := f.handed(call.Args[h.Param])
	if lit == nil {
		return nil
	}
	return &Loop{Kind: Helper, Node: call, Pos: call.Pos(), Body: lit.Body, region: lit, helper: h, helperName: payment.HelperName(fn), factory: factory}
}

// helperWaits adds the helper's own wait between calls of the callback.
func (f *finder) helperWaits(l *Loop, add func(*Wait) *Wait) {
	h, call := l.helper, l.Node.(*ast.CallExpr)
	if l.field != nil && l.field.fact.WaitField != "" {
		f.fieldWaits(l, add) // the caller's value of the wait field
		return
	}
	switch h.Wait {
	case payment.WaitNone:
		if h.WaitGrows {
			l.MayBlock = true
		}
	case payment.WaitParam:
		if h.WaitParam < len(call.Args) {
			arg := call.Args[h.WaitParam]
			w := f.durWait(arg, l.helperName, arg, l)
			w.Grows = w.Grows || h.WaitGrows
			add(w)
		} else {
			l.MayBlock = true
		}
	case payment.WaitConst:
		add(&Wait{Node: call, What: l.helperName, D: h.WaitDur, Known: true, Grows: h.WaitGrows})
	default:
		l.MayBlock = true
	}
}

// helperStops tells what a return from the callback does: stop the
// helper, go round again, or stop only when cond holds (return
// p.Status == "paid", nil).
func (f *finder) helperStops(r *ast.ReturnStmt, l *Loop) (stop bool, cond ast.Expr) {
	if stop, ok := f.goRetryStops(r, l); ok {
		return stop, nil // only a RetryableError goes round (libexits.go)
	}
	h := l.helper
	if l.field != nil && l.field.fact.DoneField != "" || l.field == nil && h.HasDoneParam {
		return f.fieldHelperStops(r, l) // fieldhelper.go: the value goes to the done predicate
	}
	if len(r.Results) == 0 {
		return true, nil
	}
	errStops := h.ErrorStops || !h.AgainAfterError
	last := unparen(r.Results[len(r.Results)-1])
	lastNil := isNilIdent(last)
	if !h.DoneBool {
		if len(r.Results) == 1 && !isErrorExpr(f.info, last) {
			return true, nil
		}
		return lastNil || errStops, nil
	}
	first := unparen(r.Results[0])
	stop = false
	if tv, ok := f.info.Types[first]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		stop, first = constant.BoolVal(tv.Value), nil
	}
	if !lastNil && len(r.Results) > 1 && errStops {
		stop = true // the error ends the helper
	}
	return stop, first
}

func isNilIdent(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil"
}

func isErrorExpr(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	return t != nil && isError(t)
}

// helperBounds adds the helper's own bounds, unless the caller removes
// them (context.Background() for a helper bounded only by its context).
func (f *finder) helperBounds(l *Loop, add func(ast.Node, string)) {
	h, call := l.helper, l.Node.(*ast.CallExpr)
	if !retry.BoundedAt(f.info, h, call) {
		return
	}
	var what []string
	if h.Bound&payment.BoundCtx != 0 && h.CtxParam >= 0 && h.CtxParam < len(call.Args) && !f.backgroundCtx(call.Args[h.CtxParam], l) {
		what = append(what, "context")
	}
	if len(what) == 0 && h.Bound&^payment.BoundCtx == 0 {
		return // bounded only by a context that never ends
	}
	if h.Bound&payment.BoundAttempts != 0 {
		what = append(what, "attempt cap")
	}
	if h.Bound&payment.BoundDeadline != 0 {
		what = append(what, "deadline")
	}
	if h.Bound&payment.BoundOther != 0 || len(what) == 0 {
		what = append(what, "exit")
	}
	add(call, strings.Join(what, ", ")+" of "+l.helperName)
}

// helperCtx: e is a context parameter of a helper's callback; the helper
// hands it the context its caller gave (its CtxParam argument), which is
// returned. ok is false otherwise, or when the helper takes no context.
func (f *finder) helperCtx(e ast.Expr, l *Loop) (ast.Expr, bool) {
	if l == nil || l.Kind != Helper || l.helper.CtxParam < 0 {
		return nil, false
	}
	v := f.varOf(e)
	lit, _ := l.region.(*ast.FuncLit)
	if v == nil || lit == nil || !isContext(v.Type()) {
		return nil, false
	}
	for _, field := range lit.Type.Params.List {
		for _, name := range field.Names {
			if f.info.Defs[name] == v {
				call := l.Node.(*ast.CallExpr)
				if l.helper.CtxParam < len(call.Args) {
					return call.Args[l.helper.CtxParam], true
				}
			}
		}
	}
	return nil, false
}

// handedLit is the function literal an argument hands over: written in
// place, a local defined once from one (op := func() error {...};
// retry.Do(op)), or returned by a factory of the file (factory.go); nil
// otherwise.
func (f *finder) handedLit(arg ast.Expr) *ast.FuncLit {
	lit, _ := f.handed(arg)
	return lit
}

// handed returns handedLit's literal and, when a factory returned it, the
// factory's call.
func (f *finder) handed(arg ast.Expr) (*ast.FuncLit, *ast.CallExpr) {
	op := unparen(arg)
	if v := f.varOf(op); v != nil {
		if def := f.defs[v]; def != nil {
			if rhs, ok := f.defValue(def); ok && rhs != nil {
				op = unparen(rhs)
			}
		}
	}
	if call, ok := op.(*ast.CallExpr); ok {
		if lit := f.factoryLit(call); lit != nil {
			return lit, call
		}
		return nil, nil
	}
	lit, _ := op.(*ast.FuncLit)
	return lit, nil
}
