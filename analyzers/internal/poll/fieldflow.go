package poll

import (
	"go/ast"
	"go/types"
)

// ---- a new payment written into the polled field ----------------------------
//
// RecreatesPolled follows a creation's result through locals to the
// variable the polled id is rooted in (id = np.ID). A loop polling a
// field of a row (w.bank.Status(ctx, p.ProviderRef)) replaces the payment
// it follows by writing the new one's reference into that very field:
//
//	ref, err := w.bank.SendStandard(ctx, p, cr) // a second payout
//	p.ProviderRef = ref
//
// The field assigned is the polled id (the same selector path on the same
// root variable) and the value is the creation's result (or a local
// holding it): the loop creates the payment it polls again. A write into
// another field (p.StandardRef = ref), or into a field of another row,
// is no such sign.

// intoPolledField: create's result is assigned to the polled id's field.
func (l *Loop) intoPolledField(create *ast.CallExpr) bool {
	f := l.f
	id := l.ID()
	if f == nil || id == nil || l.Func == nil {
		return false
	}
	sel, ok := unparen(wrappedID(id)).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	root := f.varOf(rootOf(sel))
	if root == nil {
		return false
	}
	vars := f.resultVars(create)
	for hop := 0; hop < maxIDHops; hop++ { // ref := np.ID; p.ProviderRef = ref
		if !f.spread(vars) {
			break
		}
	}
	if len(vars) == 0 {
		return false
	}
	want := types.ExprString(sel)
	found := false
	ast.Inspect(l.Func, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok || len(as.Lhs) != len(as.Rhs) {
			return !found
		}
		for i, lhs := range as.Lhs {
			ls, ok := unparen(lhs).(*ast.SelectorExpr)
			if !ok || types.ExprString(ls) != want || f.varOf(rootOf(ls)) != root {
				continue
			}
			if v := f.varOf(rootOf(as.Rhs[i])); v != nil && vars[v] {
				found = true
			}
		}
		return !found
	})
	return found
}
