package poll

import (
	"go/ast"
	"go/token"
)

// ---- an exit taken whenever the read succeeds, in a compound condition ----------
//
// A read retried a few times returns as soon as it succeeds, and also
// when it gives up:
//
//	for attempt := 1; ; attempt++ {
//		p, err := c.Payment(ctx, id)
//		if err == nil || !transient(err) || attempt == 3 {
//			return p, err
//		}
//		time.Sleep(wait)
//	}
//
// The return is taken whenever err is nil, whatever else the condition
// says: a disjunct err == nil lets it through (and, on the else side, a
// conjunct err != nil keeps the else from being taken only when the read
// failed). Such an exit is taken on success as a lone err == nil is, so
// the loop is a read retry, not a poll.

// successForces reports whether a nil error value makes cond evaluate
// to want: err == nil is true and err != nil false when err is nil; a
// disjunction is true when one disjunct is, false when all are; a
// conjunction the other way round.
func (f *finder) successForces(cond ast.Expr, want bool) bool {
	switch x := unparen(cond).(type) {
	case *ast.UnaryExpr:
		return x.Op == token.NOT && f.successForces(x.X, !want)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.EQL, token.NEQ:
			if !f.nilErrorTest(x) {
				return false
			}
			return (x.Op == token.EQL) == want
		case token.LOR, token.LAND:
			l, r := f.successForces(x.X, want), f.successForces(x.Y, want)
			if (x.Op == token.LOR) == want {
				return l || r // one true disjunct, or one false conjunct
			}
			return l && r
		}
	}
	return false
}

// nilErrorTest: b compares an error variable with nil.
func (f *finder) nilErrorTest(b *ast.BinaryExpr) bool {
	v := b.X
	if isNil(b.X) {
		v = b.Y
	} else if !isNil(b.Y) {
		return false
	}
	vr := f.varOf(v)
	return vr != nil && isError(vr.Type())
}
