package handler

import "go/types"

// ---- one read back through a port, for a handler with a route of its own -----------
//
// firstBefore allows a webhook one payment status read before it answers:
// a notification carrying only the payment's id (Mercado Pago, Mollie)
// must read the payment back. d18SoleRead extends that to a read made
// through a port bound in main, but only for a handler known by its
// mount. A handler routed in its own package reads back the same way:
//
//	package webhooks: type PaymentReader interface{ Status(ctx, id int) (*payment.Response, error) }
//	                  pay, err := h.Payments.Status(ctx, id)   // the one read
//	                  h.Orders.MarkPaid(ctx, pay.ExternalReference, …)
//	package main:     &webhooks.MercadoPago{Payments: mpago.NewPayments(…)} // Status: payment.Get
//
// So the bound read is allowed there too, when it is the only wired call
// of the handler bound to a status read made before the answer (as
// d18SoleRead asks) and the handler made no status read of its own
// before answering (OwnRead, recorded by its package): two reads, one
// local and one wired, are slow as two local ones are.

// w24SoleRead: c, a call of a handler with a route of its own (or known
// by its body), is bound to its one status read.
func (w *wiring) w24SoleRead(t *types.Named, calls []WireCall, c WireCall, s Slow) bool {
	if c.ByRoute || c.OwnRead || !s.StatusRead {
		return false // by route: d18SoleRead's; or a read of its own already
	}
	c.ByRoute = true // d18SoleRead's test of the other wired calls, on a copy
	return w.d18SoleRead(t, calls, c, s)
}

// ownRead: h makes a payment status read of its own (in its package's
// sight) before it answers.
func (fx *ifaceFx) ownRead(h *Handler) bool {
	if h.Body == nil {
		return false
	}
	for _, s := range fx.a.slowIn(h.Body) {
		if s.StatusRead {
			return true
		}
	}
	return false
}
