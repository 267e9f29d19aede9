package handler

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- terminal payment states stored through an interface -------------------
//
// Real webhooks reach their store through an interface implemented in a
// package the handler's does not import (abstract.go):
//
//	if _, err := h.pp.VerifyWebhookSignature(ctx, r, id); err != nil { … } // VerificationStatus never read
//	h.ledger.MarkPayoutFailed(ctx, ev.Resource.PayoutItemID)
//
// With no implementation to read, such a call stores a terminal payment
// state when its name is a state setter (Mark/Set/Update… of a payment
// noun, abstract_names.go) ending in a terminal value (MarkPayoutFailed,
// SetOrderRefunded, MarkPaymentChargedBack), or when it is handed one as
// a constant (SetStatus(ctx, id, "refunded")). The values are the payment
// model's (payment.TerminalValue). Only in a payment webhook; the
// verification decides as for SQL writes (terminalstate.go). A failure
// count (UpdateFailedPaymentCount), a log or a mail are no state.

// abstractTerminal: c, a call of the merchant's interface with no visible
// implementation, stores a terminal non-paid state of a payment; the
// state, whether it moves money back, and the op's words.
func (m *Model) abstractTerminal(h *Handler, call *ast.CallExpr, hook *int) (state string, moneyBack bool, desc string) {
	c, ok := m.ifaceCallOf(call)
	if !ok || m.info.Of(call) != nil || !stateSetter(c.Method) {
		return "", false, ""
	}
	if _, paid := m.paidConstArg(call); paid {
		return "", false, "" // a paid state: abstract.go's
	}
	state, moneyBack = terminalName(words(c.Method.Name()))
	if state == "" {
		for _, a := range call.Args {
			if s, ok := m.constString(a); ok {
				if n, term, back := payment.TerminalValue(s); term {
					state, moneyBack = n, back
					break
				}
			}
		}
	}
	if state == "" || !m.unseenImpl(c) || sideChannel(c) {
		return "", false, ""
	}
	if *hook < 0 {
		*hook = 0
		if m.abstractHook(h) {
			*hook = 1
		}
	}
	if *hook == 0 {
		return "", false, ""
	}
	return state, moneyBack, state + " payment state stored by " + qual(c.Method)
}

// terminalName: the setter's name ends in a terminal value, one word
// (MarkPayoutFailed) or two (SetPaymentChargedBack, MarkPartiallyRefunded).
func terminalName(ws []string) (string, bool) {
	if len(ws) < 2 {
		return "", false
	}
	if len(ws) >= 3 {
		if n, term, back := payment.TerminalValue(ws[len(ws)-2] + "_" + ws[len(ws)-1]); term {
			return n, back
		}
	}
	if n, term, back := payment.TerminalValue(ws[len(ws)-1]); term {
		return n, back
	}
	return "", false
}
