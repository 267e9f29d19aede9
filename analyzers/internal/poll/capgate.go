package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- a read retried on 429/5xx while attempts remain ----------------------------
//
// A read helper retrying rate limits and outages often gates the retry on
// its attempt counter in the same condition:
//
//	if (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500) && attempt < 3 {
//		time.Sleep(wait); wait *= 2; continue
//	}
//	return decode(resp)
//
// The counter made the condition more than a transport test, so the
// return after it was not taken "as soon as a read succeeds", and the
// retry of one GET was taken for a poll with no status exit; worse, the
// function then counted as polling by itself, and the loop around it —
// the real poll — was never judged. cappedGate reads such a gate: a
// transport test true on failure (failedWhen) joined by && with a
// comparison of an integer counter the function steps. Its false branch
// is passed whenever the request went through, whatever the counter says.

// cappedGate reports whether g's condition is such a gate (ok) and
// whether the guard is passed on success: the branch where it is false.
func (f *finder) cappedGate(g guard) (ok, passed bool) {
	be, isBin := unparen(g.cond).(*ast.BinaryExpr)
	if g.cond == nil || !isBin || be.Op != token.LAND {
		return false, false
	}
	for _, side := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
		if f.transportOnly(side[0]) && f.failedWhen(side[0]) == 1 && f.counterTest(side[1]) {
			return true, g.neg
		}
	}
	return false, false
}

// counterTest: e compares a local integer variable that the function
// increments (attempt++, n += 1) with something else: an attempt cap.
func (f *finder) counterTest(e ast.Expr) bool {
	be, ok := unparen(e).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch be.Op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return false
	}
	return f.counter(be.X) || f.counter(be.Y)
}

// counter: e is a local integer variable stepped by ++ or +=.
func (f *finder) counter(e ast.Expr) bool {
	v := f.varOf(e)
	if v == nil {
		return false
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	for _, a := range f.assigns[v] {
		switch a := a.(type) {
		case *ast.IncDecStmt:
			if a.Tok == token.INC {
				return true
			}
		case *ast.AssignStmt:
			if a.Tok == token.ADD_ASSIGN {
				return true
			}
		}
	}
	return false
}
