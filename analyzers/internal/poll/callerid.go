package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a payment named by an id its caller made ---------------------------------
//
//	for attempt := 1; attempt <= 2 && !res.Done; attempt++ {
//		serviceID := uuid.NewString()[:10]
//		if err := term.StartPayment(ctx, poi, serviceID, ref, cents); err != nil { … }
//		_, err := platform.Await(ctx, budget, every, func(ctx context.Context) (bool, error) {
//			r, err := term.Result(ctx, poi, serviceID) // (false, nil) when the budget ends
//			…
//			return r.Done, nil
//		})
//		…
//	}
//
// A creation need not return the id it is polled by: the caller can
// choose it (a terminal's ServiceID, a merchant reference, an order id
// used as the provider's reference, a PIX txid) and hand the same value
// to the creation and to the status read. The creation and the read then
// name the same payment, as after id := created.ID, so a pass that
// creates with v, waits on reads keyed by v and goes round when the wait
// gives up creates a second payment while the first may still complete.
//
// The id polled must be a variable holding a string or a number (a
// field of a record handed whole to the creation says less: the record's
// other fields may be all it sends). The creation is sent with v when
// one of its arguments (or a builder chain it is sent from:
// r.SetBody(…).Post(…)) uses v, directly or through locals of the
// function built from it (req := &PayReq{Ref: v}; b, _ :=
// json.Marshal(req); …); a context argument says nothing. The rest of
// the judgement is the one made for a returned id (an unconditional
// creation in the pass, before the wait; a loop over items, a wait that
// leaves on a final failure, a cancel of the payment before going round
// keep it silent), plus one of its own: a creation whose idempotency key
// is the same on every pass (made before the loop, from nothing the pass
// changes) is answered with the first payment, so it is no new payment.

// maxBuiltHops bounds the locals followed from a creation's argument to
// the caller's id (req → b → body → ref).
const maxBuiltHops = 4

// sentWith: the creation c is sent with the value of v.
func (f *finder) sentWith(c *ast.CallExpr, v *types.Var) bool {
	if v == nil || isContext(v.Type()) {
		return false
	}
	args := append([]ast.Expr(nil), c.Args...)
	if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok {
		if _, chain := unparen(sel.X).(*ast.CallExpr); chain {
			args = append(args, sel.X) // c.R().SetBody(body).Post(url)
		}
	}
	seen := map[*types.Var]bool{}
	for _, a := range args {
		if isContext(f.info.TypeOf(a)) {
			continue
		}
		if f.usesThrough(a, v, seen, 0) {
			return true
		}
	}
	return false
}

// usesThrough: e uses v, or a local variable whose values (its
// definition and assignments in the file) use it, up to maxBuiltHops
// locals away.
func (f *finder) usesThrough(e ast.Expr, v *types.Var, seen map[*types.Var]bool, hop int) bool {
	if f.mentions(e, v) {
		return true
	}
	if hop >= maxBuiltHops {
		return false
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		w := f.varOf(id)
		if w == nil || seen[w] || w.Parent() == nil || w.Parent() == w.Pkg().Scope() || isContext(w.Type()) {
			return true
		}
		seen[w] = true
		for _, val := range f.valuesOf(w) {
			if f.usesThrough(val, v, seen, hop+1) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// valuesOf lists the values the file gives the local w: the right-hand
// sides of its definition and assignments (the whole call for a
// multi-value one: b, err := json.Marshal(req)). A variable filled
// through its address (json.NewEncoder(&buf).Encode(req)) is not
// followed.
func (f *finder) valuesOf(w *types.Var) []ast.Expr {
	var out []ast.Expr
	f.eachAssign(w, func(as *ast.AssignStmt, i int) bool { // recreate.go
		switch {
		case len(as.Rhs) == len(as.Lhs):
			out = append(out, as.Rhs[i])
		case len(as.Rhs) == 1:
			out = append(out, as.Rhs[0])
		}
		return true
	})
	return out
}

// callerIDCreate returns the first creation in outer's body before call
// that every pass makes (not over items) and sends with the value of v,
// the root of the id the wait polls, when it makes a new payment on
// every pass.
func (f *finder) callerIDCreate(v *types.Var, outer *ast.ForStmt, call ast.Node) *payment.Op {
	if v == nil || !idValue(v.Type()) {
		return nil
	}
	var found *payment.Op
	for c, op := range f.ops {
		if !op.Kind.Has(payment.Create) || !within(c, outer.Body) || c.Pos() > call.Pos() || found != nil && found.Call.Pos() < c.Pos() {
			continue
		}
		if f.topLevel(outer.Body, c) && !f.perItem(outer, c) && f.sentWith(c, v) && !f.keyedOnce(op, outer) {
			found = op
		}
	}
	return found
}

// polledVar is the variable a polled id is (serviceID, n of
// strconv.Itoa(n)); nil for a field of a value (s.ref: the value is
// more than the id, and a creation handed it may not send that field).
func (f *finder) polledVar(id ast.Expr) *types.Var {
	if id == nil {
		return nil
	}
	x, ok := unparen(f.formatted(wrappedID(id))).(*ast.Ident)
	if !ok {
		return nil
	}
	return f.varOf(x)
}

// idValue: t is a string or an integer, a value that is the id itself
// rather than a record holding it among other fields.
func idValue(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsString|types.IsInteger) != 0
}

// keyedOnce: the creation carries an idempotency key that is the same
// on every pass of outer: made by nothing fresh and from no variable the
// loop assigns (its counter, a value made in the pass). The provider
// answers the repeated creation with the first payment.
func (f *finder) keyedOnce(op *payment.Op, outer *ast.ForStmt) bool {
	k := op.Key
	if k == nil || k.Value == nil || len(k.Fresh) > 0 || k.FreshInCallee || k.Fallback {
		return false
	}
	stable := true
	ast.Inspect(k.Value, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || !stable {
			return stable
		}
		w := f.varOf(id)
		if w == nil {
			return true
		}
		if def := f.defs[w]; def != nil && within(def, outer) {
			stable = false
		}
		for _, a := range f.assigns[w] {
			if within(a, outer) {
				stable = false
			}
		}
		return stable
	})
	return stable
}
