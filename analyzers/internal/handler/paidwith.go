package handler

import (
	"go/token"

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
	c, ok := i.Cond.(*ssa.BinOp)
	if !ok || c.Op != token.EQL && c.Op != token.NEQ {
		return edge{}, false
	}
	eq := 0
	if c.Op == token.NEQ {
		eq = 1
	}
	for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
		x, y := pair[0], pair[1]
		val, ok := constStr(y)
		if !ok || !t(x) {
			continue
		}
		status := payment.PaidWithStatus(loadedField(x), val)
		if status != "" && statusTestDominates(i, status, t) {
			return succ(i, eq), true
		}
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
		c, ok := j.Cond.(*ssa.BinOp)
		if !ok || c.Op != token.EQL && c.Op != token.NEQ {
			continue
		}
		eq := 0
		if c.Op == token.NEQ {
			eq = 1
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			if s, ok := constStr(pair[1]); ok && t(pair[0]) && payment.Fold(s) == payment.Fold(status) && succ(j, eq).dominates(i.Block()) {
				return true
			}
		}
	}
	return false
}

// loadedField is the name of the struct field v loads, or "".
func loadedField(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return fieldName(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		return fieldName(x.X.Type(), x.Field)
	}
	return ""
}
