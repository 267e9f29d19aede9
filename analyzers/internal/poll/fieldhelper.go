package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- a helper repeating a func field its caller fills -----------------------
//
// A poll helper may keep its callback in a field of its receiver (a
// generic Poller{Every, Fetch, Done} whose Until loops on p.Fetch and
// p.Done, sleeping p.Every; payment.FieldHelperFact, from the retry
// model). Its caller polls what it stores there:
//
//	p := platform.Poller[*paymentrequest.PaymentRequest]{
//		Every: c.pollGap,
//		Fetch: func(ctx context.Context) (*paymentrequest.PaymentRequest, error) { return c.Status(ctx, id) },
//		Done:  Settled,
//	}
//	pr := p.Until(ctx)
//
// is a Helper loop at the call whose body is the Fetch literal, whose
// wait is the Every value and whose status exit is Done when Done is a
// status predicate (a function of the package or another, read from its
// body, or a function literal) of what Fetch returns. The value is
// resolved only from a keyed composite literal written in the call's own
// function (the call's receiver or argument, or a local defined from it
// and never assigned, written field by field, handed away by address, or
// given a method with a pointer receiver before the call): whatever else
// could have changed the fields keeps the call silent.

// fieldUse is what a Helper loop of a field helper knows from its caller.
type fieldUse struct {
	fact *payment.FieldHelperFact
	lit  *ast.CompositeLit // the literal that builds the holder
}

// fieldHelperLoop recognises a call of a field helper whose callback
// field is a function literal of the caller (or a local bound to one).
func (f *finder) fieldHelperLoop(call *ast.CallExpr, fn *types.Func) *Loop {
	h := f.helpers.FieldHelper(fn)
	if h == nil {
		return nil
	}
	var holder ast.Expr
	if h.Holder < 0 {
		sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		holder = sel.X
	} else if h.Holder < len(call.Args) {
		holder = call.Args[h.Holder]
	}
	lit := f.holderLit(holder, call)
	if lit == nil {
		return nil
	}
	value := retry.KeyedValue(f.info, lit, h.Field)
	if value == nil {
		return nil
	}
	cb, factory := f.handed(value)
	if cb == nil {
		return nil
	}
	return &Loop{Kind: Helper, Node: call, Pos: call.Pos(), Body: cb.Body, region: cb,
		helper: &h.HelperFact, helperName: payment.HelperName(fn), factory: factory,
		field: &fieldUse{fact: h, lit: lit}}
}

// holderLit returns the keyed composite literal that holder is, points
// to, or the local it names was defined from in call's function, when
// nothing else can have changed it before call; nil otherwise.
func (f *finder) holderLit(holder ast.Expr, call *ast.CallExpr) *ast.CompositeLit {
	e := payment.StripAddr(holder)
	if v := f.varOf(e); v != nil {
		def := f.defs[v]
		if def == nil || len(f.assigns[v]) > 0 || f.enclosingFunc(def) != f.enclosingFunc(call) {
			return nil
		}
		rhs, ok := f.defValue(def)
		if !ok || rhs == nil || retry.HolderChanged(f.info, f.enclosingFunc(call), v, call) {
			return nil
		}
		e = payment.StripAddr(rhs)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || len(lit.Elts) == 0 {
		return nil
	}
	for _, el := range lit.Elts {
		if _, keyed := el.(*ast.KeyValueExpr); !keyed {
			return nil
		}
	}
	return lit
}

// fieldWaits adds the wait a field helper sleeps: the caller's value of
// its duration field (none given: zero, no wait at all).
func (f *finder) fieldWaits(l *Loop, add func(*Wait) *Wait) {
	h := l.field.fact
	value := retry.KeyedValue(f.info, l.field.lit, h.WaitField)
	if value == nil {
		return // time.Sleep(0): the helper reads again at once
	}
	w := f.durWait(value, l.helperName, value, l)
	w.Grows = w.Grows || h.WaitGrows
	add(w)
}

// fieldDoneExit marks the loop's status exit when the caller's done
// field is a status predicate of what the callback returns.
func (f *finder) fieldDoneExit(l *Loop) {
	h := l.field.fact
	if h.DoneField == "" {
		return
	}
	value := retry.KeyedValue(f.info, l.field.lit, h.DoneField)
	if value == nil || f.donePredicate(value, l) == nil {
		return
	}
	l.Exits = append(l.Exits, &Exit{Node: value, OnStatus: true})
	l.StatusExit = true
}

// paramDoneExit marks the loop's status exit when the helper's done
// parameter (platform.WaitFor(ctx, every, fetch, Settled)) is handed a
// status predicate of what the callback returns.
func (f *finder) paramDoneExit(l *Loop) {
	h, call := l.helper, l.Node.(*ast.CallExpr)
	if h == nil || !h.HasDoneParam || h.DoneParam >= len(call.Args) {
		return
	}
	value := call.Args[h.DoneParam]
	if f.donePredicate(value, l) == nil {
		return
	}
	l.Exits = append(l.Exits, &Exit{Node: value, OnStatus: true})
	l.StatusExit = true
}

// donePredicate returns the status predicate a done value is: a function
// (of any package) or a literal of the caller, or a local bound to one.
// A literal handed what one of the loop's status reads returns (an SDK's
// *payment.Response the callback fetched) is about that read's payment,
// in its provider's words (readtype.go).
func (f *finder) donePredicate(value ast.Expr, l *Loop) *Predicate {
	if lit := f.handedLit(value); lit != nil {
		if pr := f.predsOf().OfLit(lit); pr != nil {
			return pr
		}
		return f.predsOf().OfLitRead(lit, l.Reads)
	}
	var fn *types.Func
	switch x := unparen(value).(type) {
	case *ast.Ident:
		fn, _ = f.info.Uses[x].(*types.Func)
	case *ast.SelectorExpr:
		if sel, ok := f.info.Selections[x]; ok && sel.Kind() != types.MethodExpr {
			return nil // a method value: its receiver is the subject, not the argument
		}
		fn, _ = f.info.Uses[x.Sel].(*types.Func)
	case *ast.IndexExpr: // a generic function instantiated
		if id, ok := unparen(x.X).(*ast.Ident); ok {
			fn, _ = f.info.Uses[id].(*types.Func)
		}
	}
	if fn == nil {
		return nil
	}
	return f.predsOf().Of(fn)
}

// fieldHelperStops: a return of a field helper's callback that has a
// done field stops the helper only with an error the helper gives up on;
// its value goes to the done predicate (fieldDoneExit).
func (f *finder) fieldHelperStops(r *ast.ReturnStmt, l *Loop) (stop bool, cond ast.Expr) {
	h := l.helper
	if len(r.Results) == 0 {
		return true, nil
	}
	errStops := h.ErrorStops || !h.AgainAfterError
	last := unparen(r.Results[len(r.Results)-1])
	switch {
	case isNilIdent(last):
		return false, nil
	case len(r.Results) > 1:
		return errStops && isErrorExpr(f.info, last), nil
	}
	// return c.Status(ctx, id): the error the call answers, if any.
	if t, ok := f.info.TypeOf(last).(*types.Tuple); ok && t.Len() > 1 && isError(t.At(t.Len()-1).Type()) {
		return errStops, nil
	}
	return false, nil
}

// FieldHelperUnwatched reports whether l calls a field helper that
// watches no context: a deadline on the context handed to it does not
// stop it (its callback's failed reads only go round again), so the
// helper's own loop needs the bound.
func (l *Loop) FieldHelperUnwatched() bool {
	return l.field != nil && l.helper != nil && l.helper.Bound&payment.BoundCtx == 0
}
