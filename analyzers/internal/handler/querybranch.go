package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a state stored where the return URL's query says paid ---------------------------
//
// A return page that trusts its query string stores, where the query's
// status says paid, whatever its merchant calls the goods handed over:
//
//	// e.GET("/labels/checkout/complete", h.complete): Xendit's return page
//	if c.QueryParam("status") == "PAID" {
//		h.svc.Issue(ctx, c.QueryParam("order_id")) // stores label_orders.status = "issued"
//	}
//
// "issued" says nothing by its word (an invoice issued is unpaid); the
// page says what it means, as the webhook's success branch does
// (paidbranch.go): a status value a call stores on a payment row only on
// the branch where a status parameter of the request's query or form
// (status, redirect_status, payment_status…: every framework's read, as
// readOf knows it) equals a success value that says the money arrived
// (PAID, succeeded, settled…), and nowhere else in the page, is the
// page's paid state. redirectfulfill then judges the call as any other
// paid-state write of a return page: guarded only by the query's value.
//
// Precision: only handlers that are no webhook (a provider's GET callback
// is judged by its signature, not here); a parameter named as a status
// (not a form's step, nor OAuth's state); a success value that says the
// money arrived (not a shipment's "delivered" nor "approved"); a payment
// row's status (an order, a purchase, a booking; not a shipment, a log or
// a profile), never a pending, failed or refunded value; a value the page
// also stores on another branch says nothing. Whether the page is a return
// page at all, and whether the provider's status guards the call, stays
// the rule's question: an admin route confirming a payment by hand, or a
// page re-reading the payment before it stores, is silent there.

// queryBranchOps lists, for h, the calls storing a paid state learnt
// from the branch where the request's query or form status says paid.
func (m *Model) queryBranchOps(h *Handler) []*payment.Op {
	if h == nil || h.Body == nil || m.info == nil {
		return nil
	}
	reads := map[*ast.CallExpr]bool{}
	for _, r := range h.Params {
		if r.Call != nil && (r.Source == "query" || r.Source == "form") && statusParam(r.Name) {
			reads[r.Call] = true
		}
	}
	if len(reads) == 0 {
		return nil
	}
	if ok, _ := h.Webhook(); ok {
		return nil
	}
	info := m.pass.TypesInfo
	return m.branchStores(h, func(e ast.Expr) bool {
		if id, ok := e.(*ast.Ident); ok { // st := c.QueryParam("status")
			v, _ := info.Uses[id].(*types.Var)
			if v == nil {
				return false
			}
			e = assignedFrom(info, h.Body, v)
		}
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		return ok && reads[c]
	}, "the request's query status")
}

// statusParam: a request parameter named as a payment's status
// (status, redirect_status, paymentStatus, collection_status).
func statusParam(name string) bool {
	return strings.HasSuffix(payment.Fold(name), "status")
}
