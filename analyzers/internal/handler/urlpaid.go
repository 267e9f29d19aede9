package handler

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a page fulfilling on a provider's success word read from its URL ----------
//
// Redirect() knows a return page by its route's or name's words, or by a
// parameter named like a payment's state (pay_status, trade_result), and
// ReturnByWrite by a route ending in return. A page the shop names in its
// own words escapes both, yet does what a success redirect does:
//
//	r.Get("/orders/{ref}/complete", h.Complete)
//	if r.URL.Query().Get("resultCode") == "Authorised" { h.Orders.Fulfill(ctx, ref) }
//
// The value is a provider's result word (Adyen's Authorised, PayPal's
// COMPLETED, Stripe's succeeded, Mollie's and Razorpay's paid) copied into
// the URL the shopper's browser opens: the shopper can type it. A page
// reached by GET only (routes in sight), with the landing's shape (query
// reads only, or form reads that on a GET read the query: r.FormValue,
// c.FormValue; no posted body, no signed query, no verifier, no webhook,
// back-office, account or shop-form sign), that fulfils or stores a paid
// state only where a query parameter equals such a word is a paid check
// from the URL. Only the fulfilments that parameter guards are judged on
// this ground (redirectfulfill skips the others): a page that compares
// "?tab=completed" and fulfils regardless was not recognised by the word.

// urlPaidWords are the success words providers put in, or shops copy
// into, the return URL. Narrower than payment.IsSuccessStatus: "active",
// "confirmed" and "executed" also name a subscription's, a booking's or
// a job's state, which a page may read from its URL without any payment.
var urlPaidWords = map[string]bool{
	"authorised": true, "authorized": true, "completed": true, "approved": true, "paid": true,
	"succeeded": true, "success": true, "successful": true, "captured": true, "settled": true,
	"tradesuccess": true, "tradefinished": true, "paymentsuccess": true, "txnsuccess": true,
}

// URLPaidPage reports whether h, which neither Redirect() nor
// ReturnByWrite knows, is a page the buyer's browser opens that fulfils
// when a query parameter equals a provider's success word (see above).
// redirectfulfill then judges only the fulfilments StatusChecked finds
// guarded by a query parameter.
func (m *Model) URLPaidPage(h *Handler) bool {
	if m == nil || m.info == nil || h.Fn == nil || h.Body == nil || !getOnly(h.Routes) {
		return false
	}
	if ok, _ := h.Webhook(); ok || staffOnly(h.Routes) || accountRoutes(h.Routes) || h.shopForm() || !getLanding(h) {
		return false
	}
	compared := false
	for _, p := range h.Params {
		if (p.Source == "query" || p.Source == "form") && p.Call != nil && urlPaidCompared(h.Fn, p.Call.Lparen) {
			compared = true
		}
	}
	if !compared {
		return false
	}
	for _, op := range m.Fulfilments(h) {
		if ok, param := m.StatusChecked(h, op.Call); !ok && param != nil {
			return true
		}
	}
	return false
}

// urlPaidCompared: the call at lparen in fn (or its literals) flows,
// through conversions and case or space normalisation, into an == or !=
// with one of urlPaidWords (a switch's cases are such comparisons in SSA).
func urlPaidCompared(fn *ssa.Function, lparen token.Pos) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(*ssa.Call); ok && c.Pos() == lparen {
					return flowsToURLPaid(c, 0)
				}
			}
		}
	}
	return false
}

func flowsToURLPaid(v ssa.Value, depth int) bool {
	if depth > 3 || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.BinOp:
			if (x.Op == token.EQL || x.Op == token.NEQ) && (urlPaidConst(x.X) || urlPaidConst(x.Y)) {
				return true
			}
		case *ssa.Convert, *ssa.ChangeType, *ssa.Phi:
			if flowsToURLPaid(x.(ssa.Value), depth+1) {
				return true
			}
		case *ssa.Call:
			if fold, ok := stringsFold(x); ok {
				if fold && (urlPaidConst(x.Call.Args[0]) || urlPaidConst(x.Call.Args[1])) || !fold && flowsToURLPaid(x, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

func urlPaidConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && urlPaidWords[payment.Fold(constant.StringVal(c.Value))]
}

// getLanding is landing() for a page reached by GET only: there a
// form read that falls back to the URL (r.FormValue, r.ParseForm then
// r.Form, echo's c.FormValue) reads the query, so it is a query read;
// a read of the body or of the posted form alone still is not.
func getLanding(h *Handler) bool {
	if h.Fn == nil || h.CallsVerifier || h.BodyEvent != "" || !getOnly(h.Routes) {
		return false
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return false
		}
	}
	for _, p := range h.Params {
		if p.Source == "" || hasWord(sharedWords(p.Name), sigParamWords...) != "" {
			return false // a body field, or a signed query: a provider's GET notification
		}
	}
	for _, f := range allFuncs(h.Fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if postedRead(in) && !uRLFormRead(in) {
					return false
				}
			}
		}
	}
	return true
}

// uRLFormRead: in reads a form that, on a GET, holds the query.
func uRLFormRead(in ssa.Instruction) bool {
	switch x := in.(type) {
	case *ssa.FieldAddr:
		return fieldName(x.X.Type(), x.Field) == "Form"
	case *ssa.Field:
		return fieldName(x.X.Type(), x.Field) == "Form"
	case ssa.CallInstruction:
		o := calleeObj(x.Common())
		return o != nil && (o.Name() == "FormValue" || o.Name() == "ParseForm")
	}
	return false
}
