package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// The polled record replaced by what its status read answered:
//
//	for i := 0; i < 120; i++ {
//		got, err := sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
//		…
//		co = got.Checkout
//
// The provider answers the object the read named, so co still names the
// same payment on the next round: the loop polls one payment, and creating
// another in its place is pollcreate's business. A value taken from any
// other call (the next row, a list) still varies.

// readBackAssign: the assignment a gives v a value rooted in the result
// of a status read, in the loop, whose id is rooted in v itself.
func (f *finder) readBackAssign(a ast.Node, v *types.Var, l *Loop) bool {
	as, ok := a.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, lhs := range as.Lhs {
		if f.varOf(lhs) != v {
			continue
		}
		src := f.varOf(rootOf(as.Rhs[i]))
		if src == nil || src == v {
			return false
		}
		call := f.definingCall(src)
		if call == nil {
			return false
		}
		op := f.ops[call]
		return op != nil && op.Kind.Has(payment.StatusRead) && op.ID != nil && l.Contains(call) &&
			f.varOf(rootOf(f.formatted(wrappedID(op.ID)))) == v
	}
	return false
}

// definingCall returns the call v's definition takes its value from
// (got, err := read(…)), nil when v is not defined from one call or is
// assigned again after.
func (f *finder) definingCall(v *types.Var) *ast.CallExpr {
	def := f.defs[v]
	if def == nil || len(f.assigns[v]) > 0 {
		return nil
	}
	rhs, ok := f.defValue(def)
	if !ok || rhs == nil {
		return nil
	}
	call, _ := unparen(rhs).(*ast.CallExpr)
	return call
}
