package poll

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// A polled id given a new value inside the loop only to name the payment
// the loop creates next (orderID = fmt.Sprintf("visit-%s-%d", id, n) and
// then charge(v, orderID), in a renewal branch): the merchant chooses the
// id and hands it to the creation, so from then on the loop polls the
// payment just created, as after id = created.ID (assignFromCreate). The
// loop still polls one payment at a time; creating it anew is pollcreate's
// business. An id assigned with no creation after it (the next row of a
// sweep) still varies.

// iDForCreate: the assignment a gives v a value that a later
// statement of the same block hands to a payment creation in the loop.
func (f *finder) iDForCreate(a ast.Node, v *types.Var, l *Loop) bool {
	as, ok := a.(*ast.AssignStmt)
	if !ok {
		return false
	}
	blk, ok := f.parent[as].(*ast.BlockStmt)
	if !ok {
		return false
	}
	after := false
	for _, st := range blk.List {
		if st == as {
			after = true
			continue
		}
		if after && f.createsWith(st, v, l) {
			return true
		}
	}
	return false
}

// createsWith: st calls a payment creation inside the loop with v among
// its arguments (at any depth: a request literal's OrderID field;
// mentions is recreate.go's), or a request built from v in the loop.
func (f *finder) createsWith(st ast.Stmt, v *types.Var, l *Loop) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if found {
			return false
		}
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if op := f.ops[call]; op != nil && op.Kind.Has(payment.Create) && l.Contains(call) {
			for _, arg := range call.Args {
				if f.mentions(arg, v) || f.builtFrom(arg, v, l) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// builtFrom: arg is a local defined in the loop from an expression that
// uses v (req := &ChargeReq{OrderID: orderID}; charge(req)).
func (f *finder) builtFrom(arg ast.Expr, v *types.Var, l *Loop) bool {
	id, ok := unparen(arg).(*ast.Ident)
	if !ok {
		return false
	}
	local := f.varOf(id)
	if local == nil || local == v {
		return false
	}
	def := f.defs[local]
	if def == nil || !l.Contains(def) {
		return false
	}
	rhs, ok := f.defValue(def)
	return ok && rhs != nil && f.mentions(rhs, v)
}
