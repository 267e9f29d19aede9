package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A backoff operation that reads a payment and hands back its status,
// whatever it is, retries the read, not the payment:
//
//	op := func() error {
//		p, err := rzp.Payment.Fetch(id, nil, nil)
//		if err != nil { return err }
//		s, ok := p["status"].(string)
//		if !ok { return backoff.Permanent(errNoStatus) }
//		status = s
//		return nil
//	}
//
// Its last return is reached as soon as a read succeeds, but the comma-ok
// test on the way (the answer's shape: a type assertion of the status)
// was taken for a test of the status, so the exit was not OnSuccess and
// the retry was taken for a poll. A condition that is only that ok value
// tests no status, and is passed on success on the branch where it
// holds: the answer has a status, whatever it is.

// commaOkGuard: g's condition is only the boolean of a comma-ok type
// assertion (ok, !ok); passed reports whether the guard is passed when
// the assertion holds.
func (f *finder) commaOkGuard(g guard) (commaOk, passed bool) {
	if g.cond == nil {
		return false, false
	}
	e, want := unparen(g.cond), true
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		e, want = unparen(u.X), false
	}
	v := f.varOf(e)
	if v == nil || !f.fromCommaOk(v) {
		return false, false
	}
	return true, want != g.neg
}

// fromCommaOk: v is the second variable defined by `x, v := y.(T)`,
// and never assigned again.
func (f *finder) fromCommaOk(v *types.Var) bool {
	b, ok := v.Type().Underlying().(*types.Basic)
	if !ok || b.Kind() != types.Bool || len(f.assigns[v]) > 0 {
		return false
	}
	id := f.defs[v]
	if id == nil {
		return false
	}
	as, ok := f.parent[id].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || ast.Unparen(as.Lhs[1]) != ast.Expr(id) {
		return false
	}
	// A map key's presence may itself be the state (paid_at set): only
	// a type assertion's ok is the answer's shape alone.
	_, ok = unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	return ok
}
