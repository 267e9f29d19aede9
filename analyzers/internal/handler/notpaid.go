package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a success word the provider of the compared field calls not paid -------
//
// statusEdge counts x == "APPROVED" as a paid test by the global
// vocabulary. When x is a field of a struct the provider's SDK declares
// (a plutov/paypal Order's Status, however the page got the order), the
// provider's table decides instead: PayPal's APPROVED, CREATED and SAVED
// are not paid, so a page accepting APPROVED || COMPLETED reaches its
// fulfilment unpaid (payment.ProviderNotPaid). A value of the shop's
// own type (its stored status, a wrapper's words) keeps the vocabulary.

// notPaidEdge: x, compared with the constant y, is a field of a type
// of a provider's SDK whose table calls y a non-paid value.
func notPaidEdge(x, y ssa.Value) bool {
	s, ok := constStr(y)
	if !ok {
		return false
	}
	pkg := fieldOwner(x)
	return pkg != "" && payment.ProviderNotPaid(pkg, s)
}

// fieldOwner: the package path of the struct type x is a field of
// (o.Status, (*o).Status), or "".
func fieldOwner(x ssa.Value) string {
	var t types.Type
	switch v := strip(x).(type) {
	case *ssa.UnOp:
		fa, ok := v.X.(*ssa.FieldAddr)
		if !ok {
			return ""
		}
		t = fa.X.Type()
	case *ssa.Field:
		t = v.X.Type()
	default:
		return ""
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path()
}
