package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- terminal payment states stored by a webhook ---------------------------
//
// A payment webhook acts on the payment when it stores any terminal state
// of it, not only a paid one: a forged REFUND or CHARGEBACK notification
// that marks the booking refunded makes the merchant hand money back (or
// stop asking for it), a forged failure cancels a paid order. The payment
// model knows paid-state writes, and which writes store the other
// terminal states (payment.WriteStateOf: UPDATE payments SET status =
// 'refunded'); this file only judges them against the verification:
//
//	hmacvalidator.ValidateHmac(item, key)       // verdict discarded
//	db.ExecContext(ctx, `UPDATE bookings SET payment_status = 'refunded' WHERE ref = $1`, ref)
//
// Judged precisely: any terminal state counts where the handler calls a
// verifier and ignores its verdict (or acts before it, or checks only
// the error of a verifier whose verdict is another result: a certain
// mistake); where it verifies nothing at all, only a state that moves
// money back (refunded, reversed, charged back) in a payment webhook, or
// the status the body posts stored on an open callback route
// (postedstate.go).

// TerminalWrites lists the SQL writes in h's body, and the calls of the
// merchant's interfaces no implementation explains, that store a terminal
// payment state other than paid (refunded, failed, charged back,
// cancelled…) where the verification state makes them a mistake (see
// above). Paid-state writes are Fulfilments' and not repeated here.
func (m *Model) TerminalWrites(h *Handler) []*payment.Op {
	if m == nil || m.info == nil || h == nil || h.Body == nil || h.Fn == nil {
		return nil
	}
	var out []*payment.Op
	payHook := -1                     // PaymentWebhook, computed on first need
	absHook := -1                     // abstractHook, likewise
	var decoded map[types.Object]bool // the request's decoded variables (postedstate.go), on first need
	ast.Inspect(h.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false // work handed elsewhere: not judged here
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		state, moneyBack, desc := m.terminalStateWrite(call)
		if state == "" {
			// through the merchant's interface (hc_abstract.go)
			state, moneyBack, desc = m.abstractTerminal(h, call, &absHook)
		}
		if state == "" {
			// the status the body posted, stored through a store (postedstate.go)
			if decoded == nil {
				decoded = m.decodedObjects(h)
			}
			if desc = m.postedStateWrite(call, decoded); desc != "" {
				state = "posted"
			}
		}
		if state == "" {
			return true
		}
		if op := m.info.Of(call); op != nil && op.Kind.Any(payment.Fulfillment|payment.StateWrite) {
			return true
		}
		switch m.VerificationAt(h, call) {
		case Unenforced, Late, Partial: // Partial: the verdict never read (PayPal's VerificationStatus)
		case Unverified:
			if state == "posted" && m.openCallback(h) {
				break // postedstate.go: whoever posts picks the row's state
			}
			if !moneyBack {
				return true
			}
			if payHook < 0 {
				payHook = 0
				if m.PaymentWebhook(h) {
					payHook = 1
				}
			}
			if payHook == 0 {
				return true
			}
		default:
			return true
		}
		out = append(out, &payment.Op{Call: call, Kind: payment.StateWrite, Desc: desc})
		return true
	})
	return out
}

// terminalStateWrite: the payment model's write record of call stores
// a terminal non-paid payment state (payment.WriteStateOf); the state
// (normalised), whether it moves money back, and the op's words.
func (m *Model) terminalStateWrite(call *ast.CallExpr) (state string, moneyBack bool, desc string) {
	w := payment.WriteStateOf(m.pass.TypesInfo, call)
	if w.State != payment.StateTerminal {
		// a store method of any package storing one (payment.TerminalStateFact)
		if f := m.info.TerminalStateOf(m.calleeFunc(call)); f != nil {
			return f.Value, f.MoneyBack, f.Value + " payment state stored by " + qual(m.calleeFunc(call))
		}
		return "", false, ""
	}
	return w.Value, w.MoneyBack, w.Value + " payment state stored by " + qual(m.calleeFunc(call))
}
