package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/varflow"
)

// A refund or payout created while a payment is polled is usually another
// movement of money (refund the stuck charge, pay the seller once it
// succeeded), so outgoing creations are not taken for a second payment.
// But when the loop polls that very payout and the creation's result
// becomes the polled id (p, err = send(…) after a timeout; id = np.ID),
// the payout is sent again while the first may still land: the recipient
// is paid twice, the same mistake as a second charge.

// RecreatesPolled reports whether create's result flows into the id l
// reads: the creation makes the payment l polls, again.
func (l *Loop) RecreatesPolled(create *payment.Op) bool {
	target := l.polledVar()
	if target == nil || create == nil {
		return false
	}
	return l.f.resultFlows(create.Call, target) || l.intoPolledField(create.Call) // fieldflow.go
}

// polledVar returns the variable at the root of the id l reads, nil when
// unknown.
func (l *Loop) polledVar() *types.Var {
	id := l.ID()
	if l.f == nil || id == nil {
		return nil
	}
	return l.f.varOf(rootOf(wrappedID(id)))
}

// resultVars returns the non-error variables a call's results are
// assigned to (varflow.Results).
func (f *finder) resultVars(call *ast.CallExpr) map[*types.Var]bool {
	vars := map[*types.Var]bool{}
	if as, ok := f.parent[call].(*ast.AssignStmt); ok {
		for _, v := range varflow.Results(f.info, as, call) {
			vars[v] = true
		}
	}
	return vars
}

// spread adds to vars the variables assigned a value rooted in one of
// them (id = np.ID, pid := p.ID), through every assignment of the
// function (varflow.Spread); it reports whether any was added.
func (f *finder) spread(vars map[*types.Var]bool) bool {
	added := false
	for _, stmts := range f.assigns {
		for _, s := range stmts {
			if as, ok := s.(*ast.AssignStmt); ok && varflow.Spread(f.info, vars, vars, as, varflow.Rooted) {
				added = true
			}
		}
	}
	for _, id := range f.defs {
		if as, ok := f.parent[id].(*ast.AssignStmt); ok && varflow.Spread(f.info, vars, vars, as, varflow.Rooted) {
			added = true
		}
	}
	return added
}
