package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// A state test guards an effect against a repeat only when the
// already-done state leads away from it:
//
//	if o.Status == StatusPaid { return }   // a redelivery stops: guard
//	if o.Status == StatusPending { credit } // a redelivery finds it paid: guard
//	if bill.Status == BillPaid { credit }   // a redelivery finds it paid and
//	                                        // credits again: no guard
//
// The first delivery leaves the row in the done state (paid, processed,
// fulfilled…), so the branch a redelivery takes is the done one; an
// effect reached only through it runs on every repeat.

// pendingWords are states before the effect; the others of stateWords
// (paid, completed, credited…) are states after it. A value a provider
// table declares pending (Alipay's WAIT_BUYER_PAY, WeChat Pay's NOTPAY:
// payment.PendingStatus) is a state before it too: an order still in it
// has not been paid, and the effect moves it away.
var pendingWords = map[string]bool{"pending": true, "unpaid": true, "new": true, "created": true,
	"open": true, "awaitingpayment": true}

// intoDone reports whether successor n of guard i is the branch taken
// when the stored state is already done: a state comparison with a done
// state (== leads there on true, != on false) or a done flag (o.Paid).
// False for conditions whose polarity is not read (claims, lookups).
func intoDone(i *ssa.If, n int) bool {
	b, ok := doneBranch(i.Cond, 0)
	return ok && (n == 0) == b
}

// doneBranch: whether cond is true in the done state, and whether that
// could be read.
func doneBranch(cond ssa.Value, depth int) (bool, bool) {
	if depth > 4 {
		return false, false
	}
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			b, ok := doneBranch(c.X, depth+1)
			return !b, ok
		}
		if fa, ok := c.X.(*ssa.FieldAddr); ok && c.Op == token.MUL && boolField(fa.X.Type(), fa.Field) &&
			fieldHas(fa.X.Type(), fa.Field, "paid", "fulfilled", "shipped", "processed", "delivered", "credited", "handled", "refunded", "captured") {
			return true, true
		}
	case *ssa.Field:
		if boolField(c.X.Type(), c.Field) &&
			fieldHas(c.X.Type(), c.Field, "paid", "fulfilled", "shipped", "processed", "delivered", "credited", "handled", "refunded", "captured") {
			return true, true
		}
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return false, false
		}
		for _, v := range []ssa.Value{c.X, c.Y} {
			s, ok := constStr(v)
			if !ok {
				continue
			}
			var done bool
			switch {
			case stateWords[norm(s)]:
				done = !pendingWords[norm(s)]
			case payment.PendingStatus(s):
				done = false // a provider's state before payment (WAIT_BUYER_PAY, NOTPAY)
			default:
				continue
			}
			return done == (c.Op == token.EQL), true
		}
	}
	return false, false
}
