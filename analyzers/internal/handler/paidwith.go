package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a status paid only beside another field of the same answer --------------------
//
// Midtrans's card payments answer transaction_status "capture", paid only
// when fraud_status is "accept" (payment.PaidWith, provider data). A
// notification handler that reads the transaction back and acts only
// inside both tests acts on the provider's paid state:
//
//	st, err := c.CheckTransaction(orderID)
//	switch st.TransactionStatus {
//	case "capture":
//		if st.FraudStatus == "accept" {
//			markPaid(orderID) // paid, read back
//		}
//	case "settlement":
//		markPaid(orderID)
//	}
//
// The edge into the field's test counts as a success edge when the
// status's own test (equal to the pair's status) dominates it, both on
// values read back from the provider. "capture" alone, "accept" alone,
// either one taken from the posted body, and a challenge branch stay
// unproven.

// paidWithEdge: i tests a field of a status answer read back against the
// value that completes, beside its status, a provider's paid state, and
// the test of that status on a value read back dominates i.
func paidWithEdge(i *ssa.If, t func(ssa.Value) bool) (edge, bool) {
	x, val, eq, ok := stringTest(i)
	if !ok || !t(x) {
		return edge{}, false
	}
	if status := payment.PaidWithStatus(loadedField(x), val); status != "" && statusTestDominates(i, status, t) {
		return succ(i, eq), true
	}
	return edge{}, false
}

// statusTestDominates: an equality test of a value read back (t) with
// the status, taken on its equal side, dominates i.
func statusTestDominates(i *ssa.If, status string, t func(ssa.Value) bool) bool {
	for b := i.Block().Idom(); b != nil; b = b.Idom() {
		j, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if x, s, eq, ok := stringTest(j); ok && t(x) && payment.Fold(s) == payment.Fold(status) && succ(j, eq).dominates(i.Block()) {
			return true
		}
	}
	return false
}

// stringTest: i tests x against the string constant s (== or !=); eq is
// the index of the successor taken when they are equal.
func stringTest(i *ssa.If) (x ssa.Value, s string, eq int, ok bool) {
	c, isBin := i.Cond.(*ssa.BinOp)
	if !isBin || c.Op != token.EQL && c.Op != token.NEQ {
		return nil, "", 0, false
	}
	if c.Op == token.NEQ {
		eq = 1
	}
	if s, ok := constStr(c.Y); ok {
		return c.X, s, eq, true
	}
	if s, ok := constStr(c.X); ok {
		return c.Y, s, eq, true
	}
	return nil, "", 0, false
}

// loadedField is the name of the struct field v loads, or "".
func loadedField(v ssa.Value) string {
	var fld *types.Var
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			fld, _ = fieldOf(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		fld, _ = fieldOf(x.X.Type(), x.Field)
	}
	if fld == nil {
		return ""
	}
	return fld.Name()
}
