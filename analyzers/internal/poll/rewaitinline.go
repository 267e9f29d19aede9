package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- paying again around a poll written in place ----------------------------
//
//	for attempt := 1; attempt <= 3; attempt++ {
//		ch, err := psp.CreateCharge(ctx, …)
//		if err != nil { return err }
//		deadline := time.Now().Add(time.Minute)
//		for time.Now().Before(deadline) {
//			cur, err := psp.GetCharge(ctx, ch.ID)
//			if err == nil && cur.Status == "succeeded" { return nil }
//			if err == nil && cur.Status == "failed" { return errFailed }
//			time.Sleep(5 * time.Second)
//		}
//	}
//
// The inner loop's own condition (a deadline, an attempt cap, a context
// given a timeout in the pass) ends the wait while the charge may still
// be pending, and the pass goes round and creates another: the buyer can
// pay twice. Recognised when the poll is a statement of the enclosing for
// loop's body, polls the payment created earlier in the same pass by an
// unconditional statement, its condition is such a bound and does not
// read the status, and the statements after it reach the next pass with
// no condition left unknown (absval.go). Silent when the poll only ends
// on a status or returns on its bound, when the pass leaves after it,
// over items (range, orders[i]), and on the caller's context (its end
// fails the next creation too).

// inlineRewaits finds the payments created again around the inline poll
// loops of loops.
func inlineRewaits(loops []*Loop) []*Recreate {
	var out []*Recreate
	for _, l := range loops {
		if l.Kind != For || l.f == nil || len(l.Reads) == 0 || l.ID() == nil {
			continue
		}
		if rc := l.f.inlineRewait(l); rc != nil {
			out = append(out, rc)
		}
	}
	return out
}

func (f *finder) inlineRewait(l *Loop) *Recreate {
	inner := l.Node.(*ast.ForStmt)
	outer, stmt := f.outerFor(inner)
	if outer == nil || stmt != inner || !f.condIsOwnBound(l, inner, outer) {
		return nil
	}
	create := f.createOf(l.ID(), outer.Body, inner)
	if create == nil {
		create = f.callerIDCreate(f.polledVar(l.ID()), outer, inner) // callerid.go
	}
	if create == nil || f.perItem(outer, create.Call) || !f.topLevel(outer.Body, create.Call) {
		return nil
	}
	wk := &walker{f: f, vars: env{}}
	rest := outer.Body.List[indexOf(outer.Body.List, stmt)+1:]
	if o := wk.stmts(rest); o != walkNext && o != walkRound {
		return nil
	}
	read := l.Reads[0].Call
	name := types.ExprString(read.Fun)
	if fn := f.calleeFunc(read); fn != nil {
		name = payment.HelperName(fn)
	}
	return &Recreate{Create: create, Outer: outer, By: "the loop", Poll: l, Wait: read, Via: "the poll loop around " + name}
}

// condIsOwnBound: the inner loop's condition is one of its bounds, reads
// no status, and a context it tests was given a timeout in the pass.
func (f *finder) condIsOwnBound(l *Loop, inner, outer *ast.ForStmt) bool {
	if inner.Cond == nil {
		return false
	}
	isBound := false
	for _, b := range l.Bounds {
		isBound = isBound || b.Node == inner.Cond
	}
	if !isBound {
		return false
	}
	ok := true
	ast.Inspect(inner.Cond, func(n ast.Node) bool {
		e, isExpr := n.(ast.Expr)
		if !isExpr || !ok {
			return false
		}
		v := f.varOf(e)
		switch {
		case v == nil:
		case l.status[v]:
			ok = false
		case isContext(v.Type()) && !f.timeoutIn(e, outer.Body):
			ok = false
		}
		return ok
	})
	return ok
}
