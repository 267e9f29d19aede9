package handler

import "go/types"

// ---- a paid verdict asked of code not in sight ---------------------------
//
// The shop's own port often answers the question a return page must ask
// under a noun-first name: Payments.CheckoutPaid(ctx, id) (rentalID
// string, paid bool, err error), SessionPaid, PaymentSucceeded. paidName
// wants a check verb first (IsPaid, EnsurePaid), so these went unseen
// and the page was reported although it fulfils only when the provider
// said paid. Such a name answers the payment's state when its last word
// is a paid state and no word stores or announces one (MarkPaid, SetPaid,
// NotifyPaid, OnPaid write or react, they do not check), and only its
// bool is trusted: the verdict guards the fulfilment only where the
// caller tests it (Bool facts are judged by the value's use, as IsPaid's).

// paidVerdictOf is the by-name paid check of a call whose name says paid
// and whose result carries a bool verdict; nil otherwise.
func paidVerdictOf(obj *types.Func) *PaidCheckFact {
	if obj == nil || !paidVerdictName(obj.Name()) {
		return nil
	}
	sig, _ := obj.Type().(*types.Signature)
	if boolVerdictIndex(sig) < 0 {
		return nil
	}
	return &PaidCheckFact{Bool: true}
}

// paidVerdictName: CheckoutPaid, SessionPaid, PaymentSucceeded,
// OrderSettled, ChargeCaptured; not MarkPaid, SetOrderPaid, NotifyPaid.
func paidVerdictName(name string) bool {
	ws := words(name)
	if len(ws) < 2 || hasWord(ws[len(ws)-1:], "paid", "succeeded", "settled", "captured") == "" {
		return false
	}
	return hasWord(ws, "mark", "set", "save", "store", "record", "update", "flag", "persist", "make",
		"apply", "notify", "send", "emit", "publish", "handle", "process", "on", "after", "when",
		"count", "list", "total", "sum", "email", "mail", "log", "not") == ""
}

// boolVerdictIndex is the index of the bool a paid verdict is carried in:
// the last result, or the one before a final error; -1 when that is no
// bool.
func boolVerdictIndex(sig *types.Signature) int {
	if sig == nil || sig.Results().Len() == 0 {
		return -1
	}
	i := sig.Results().Len() - 1
	if types.Identical(sig.Results().At(i).Type(), errorType) {
		i--
	}
	if i < 0 {
		return -1
	}
	if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
		return i
	}
	return -1
}
