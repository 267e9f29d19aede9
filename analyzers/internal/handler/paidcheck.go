package handler

import "go/types"

// paidName: IsPaid, EnsurePaid, RequirePaid, CheckPaymentStatus,
// VerifyPayment, PaymentSucceeded.
//
// The name must start with a verb that checks: MarkPaid or SetPaid store
// a state, they do not check one.
func paidName(name string) bool {
	ws := words(name)
	if len(ws) < 2 || hasWord(ws[:1], "is", "has", "was", "ensure", "require", "check", "verify", "must", "assert",
		"validate", "expect", "payment", "paid") == "" {
		return false
	}
	if hasWord(ws, "paid", "succeeded", "settled", "captured") != "" {
		return true
	}
	return hasWord(ws, "payment", "status") != "" && hasWord(ws, "verify", "check", "ensure", "require") != ""
}

// paidCheckOf is the paid check a callee performs: its fact, or for code
// paylint cannot see into, its name.
//
// A function of a package the handler model summarised is seen into: no
// fact means no paid check, whatever its name (IsPaid's (bool, error)
// verdict tested through its error only).
func (m *Model) paidCheckOf(obj *types.Func) *PaidCheckFact {
	if f := m.paidFact(obj); f != nil {
		return f
	}
	if obj == nil || m.decls[obj] != nil || m.seenInto(obj) {
		return nil
	}
	if !paidName(obj.Name()) {
		return paidVerdictOf(obj) // CheckoutPaid(…) (id, paid bool, err): paidverdict.go
	}
	sig, _ := obj.Type().(*types.Signature)
	return paidByName(sig)
}

// seenInto: obj is a concrete function of another package the handler
// model ran on (ModeledFact), so its summaries were computed. Interface
// methods have no body to summarise.
func (m *Model) seenInto(obj *types.Func) bool {
	pkg := obj.Pkg()
	if pkg == nil || pkg == m.pass.Pkg {
		return false
	}
	if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return false
	}
	return m.pass.ImportPackageFact(pkg, new(ModeledFact))
}

// verdictIndex is the result of a call of a Bool paid check that carries
// its verdict: the last, or the bool before a final error (IsPaid(id)
// (bool, error), whose error is a failed lookup).
func verdictIndex(sig *types.Signature) int {
	n := sig.Results().Len()
	if n >= 2 && kindOfSig(sig) == errResult {
		return n - 2
	}
	return n - 1
}
