package handler

import (
	"go/ast"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the buyer's browser posting back the provider's payment id -------------------
//
// A return page is known by its route, its name, the provider's return
// parameters or the success URL handed the provider (Redirect, Linked),
// and a browser coming back from a redirect does so with a GET. A payment
// approved in the provider's own window comes back another way: PayPal
// Buttons' onApprove, Stripe.js' confirmPayment or a wallet sheet hand the
// page the provider's order or payment id, and the page's script posts it
// to the merchant:
//
//	r.POST("/paypal/approve", func(c *gin.Context) {
//		order, _ := client.GetOrder(ctx, c.PostForm("order_id"))
//		if order.Status != "APPROVED" { … }            // approved, nothing captured
//		db.Exec(`UPDATE orders SET status = 'paid' WHERE ref = ?`, c.PostForm("ref"))
//	})
//
// What makes it the buyer's return is what it does, whatever its method:
// it asks the provider about a payment named by the request's own query
// or form (the id the browser brought back), and it is no provider's
// notification. Such a handler is judged as a return page: a paid state
// stored on that read must be guarded by the read's status compared with
// a paid verdict (PayPal's APPROVED is none: payment/provider tables).
//
// Precision: only a provider status read (no payment made) whose id
// argument comes from a query or form parameter of the request (a path parameter names the
// merchant's own order; a read by an id the merchant stored is a sync,
// not a return); never a webhook (its route, name or body), a handler
// that calls a verifier or reads a signature header or a signed
// parameter (a provider's notification, verified, then fetched back), a
// back-office or account route. Whether anything is stored unchecked
// stays the rule's question: a page comparing the status with COMPLETED,
// or through a paid-check helper, is silent there.

// BrowserCallback reports whether h is the buyer's browser posting back
// the provider's payment id after approving in the provider's window: h
// reads a payment from the provider by an id its request's query or form
// carries, and has no sign of a provider's notification.
func (m *Model) BrowserCallback(h *Handler) bool {
	if m == nil || m.info == nil || h.Fn == nil || h.Body == nil || h.CallsVerifier || h.BodyEvent != "" {
		return false
	}
	if ok, _ := h.Webhook(); ok || staffOnly(h.Routes) || accountRoutes(h.Routes) {
		return false
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return false
		}
	}
	var seeds []*ast.CallExpr
	for _, p := range h.Params {
		if hasWord(words(p.Name), sigParamWords...) != "" {
			return false // a signed query or form: a provider's notification
		}
		if (p.Source == "query" || p.Source == "form") && p.Call != nil {
			seeds = append(seeds, p.Call)
		}
	}
	if len(seeds) == 0 {
		return false
	}
	isRead := func(in ssa.Instruction) bool {
		c, ok := in.(*ssa.Call)
		if !ok {
			return false
		}
		for _, s := range seeds {
			if c.Call.Pos() == s.Lparen {
				return true
			}
		}
		return false
	}
	t := taint(h.Fn, isRead, true)
	if len(t) == 0 {
		return false
	}
	for _, op := range m.info.Within(h.Body) {
		if !op.Kind.Has(payment.StatusRead) || op.Kind.Any(payment.Write|payment.Create) || op.ID == nil {
			continue // a read naming the payment it reads, not a payment made
		}
		c, ok := m.instrOf(h.Fn, op.Call).(*ssa.Call)
		if !ok {
			continue
		}
		if a := idArg(op, c); a != nil && t[a] {
			return true
		}
	}
	return false
}

// idArg: the SSA argument of c, the call of op, that holds op's payment
// id (op.ID, an argument of op.Call or inside one); nil when the
// arguments do not line up (a variadic call).
func idArg(op *payment.Op, c *ssa.Call) ssa.Value {
	off := len(c.Call.Args) - len(op.Call.Args) // the receiver of a static method call
	if off < 0 || off > 1 || op.Call.Ellipsis.IsValid() {
		return nil
	}
	for i, a := range op.Call.Args {
		if a.Pos() <= op.ID.Pos() && op.ID.End() <= a.End() {
			return c.Call.Args[off+i]
		}
	}
	return nil
}
