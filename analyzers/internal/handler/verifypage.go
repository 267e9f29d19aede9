package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a "verify" page the buyer's browser lands on -------------------------
//
// A provider's hosted invoice sends the buyer back to a URL the merchant
// built into it (Xendit's success_redirect_url, a return_url), often
// /payments/verify/42?status=success and …?status=failed. The handler
// behind it reads the id from the path and the outcome from the query,
// turns back anything but success or failed, and hands both to a store
// method named VerifyPayment or ConfirmOrder. Two mistakes followed:
//
//   - the store's method, an interface method paylint cannot see into, was
//     taken at its name as a signature verifier, so the page became a
//     webhook, and the `status == ""` test before it a secret's emptiness
//     (fails open). A check handed only what the URL carries (the path's
//     id, a query value, constants) checks no sender: no signature, no
//     body, no secret, no request reaches it.
//   - the page was no return page for redirectfulfill: its id is in the
//     path, and Redirect() counts only query ids next to a status.
//
// statusPage recognises the page by what it does: a GET (or a handler
// mounted elsewhere) reading nothing posted, whose query status or result
// is compared with a paid or success value, beside an order or payment id
// in the path or query, on a route (or, mounted elsewhere, a handler
// name) that speaks of a payment and of its outcome or its verification.
// A back-office setter (mark, set, update, admin), an account flow and a
// list (no id) are not such pages.

// urlOnlyVerify: c is a check known only by its name (code paylint
// cannot see into) handed nothing but values of the URL, constants and a
// context: a payment's verification by id, not a sender's.
func (m *Model) urlOnlyVerify(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil || o.Pkg() == nil || m.decls[o] != nil || !verifierName(o.Name()) || m.verifierFact(o) != nil {
		return false
	}
	if sig, _ := o.Type().(*types.Signature); sig != nil {
		if _, sdk := sdkVerifierOf(o, sig); sdk {
			return false
		}
	}
	args := c.Args
	if f := c.StaticCallee(); f != nil && f.Signature.Recv() != nil && len(args) > 0 {
		args = args[1:] // a static method's receiver
	}
	n := 0
	for _, a := range args {
		if isContextIface(a.Type()) {
			continue // the request's context carries no signature
		}
		if !urlValue(a, 0) {
			return false
		}
		n++
	}
	return n > 0
}

// urlValue: v is a constant, or a path or query parameter of the request
// (not one named as a signature), through conversions and strconv.
func urlValue(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.Convert:
		return urlValue(x.X, depth+1)
	case *ssa.ChangeType:
		return urlValue(x.X, depth+1)
	case *ssa.Extract:
		return urlValue(x.Tuple, depth+1)
	case *ssa.Call:
		return urlRead(x.Common(), depth)
	}
	return false
}

// urlReaders read a path or query parameter (never a posted field).
var urlReaders = map[string]bool{"Param": true, "Params": true, "QueryParam": true, "Query": true,
	"DefaultQuery": true, "URLParam": true, "PathValue": true, "ByName": true}

func urlRead(c *ssa.CallCommon, depth int) bool {
	o := calleeObj(c)
	if o == nil || sigRead(c) {
		return false
	}
	if pkgOf(o) == "strconv" {
		return len(c.Args) > 0 && urlValue(c.Args[0], depth+1)
	}
	if urlReaders[o.Name()] {
		return true
	}
	return o.Name() == "Get" && len(c.Args) > 0 && urlQueryCall(c.Args[0])
}

// paramEmptyCheck: i tests a path or query parameter of the request
// (not a signature) for emptiness: a missing value turned back, no secret.
func paramEmptyCheck(i *ssa.If) bool {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return false
	}
	for _, x := range []ssa.Value{b.X, b.Y} {
		if c, ok := x.(*ssa.Call); ok {
			if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && len(c.Call.Args) == 1 {
				x = c.Call.Args[0]
			}
		}
		if _, isConst := x.(*ssa.Const); !isConst && urlValue(x, 0) {
			return true
		}
	}
	return false
}

// outcomeWords: a route or handler word saying the payment's outcome
// is being checked or has come back.
var outcomeWords = []string{"verify", "verification", "confirm", "confirmation", "success", "succeeded",
	"successful", "paid", "finish", "finished", "complete", "completed", "return", "result", "done"}

// setterWords: a back-office or API setter, never a buyer's page.
var setterWords = []string{"mark", "set", "update", "admin", "manual", "override", "list", "search"}

// statusPage: see the header.
func (h *Handler) statusPage() bool {
	if h.Fn == nil || !h.landing() || staffOnly(h.Routes) || accountRoutes(h.Routes) {
		return false
	}
	var status, id bool
	for _, p := range h.Params {
		n := norm(p.Name)
		switch {
		case p.Source == "query" && (n == "status" || n == "result" || payStatusParam(n)) && h.comparedWithPaid(p):
			status = true
		case (p.Source == "path" || p.Source == "query") && (idParams[n] || n == "id"):
			id = true
		}
	}
	if !status || !id {
		return false
	}
	var ws []string
	if len(h.Routes) > 0 {
		for _, r := range h.Routes {
			ws = append(ws, words(r.Path)...)
		}
	} else {
		ws = words(h.Name)
	}
	bought := hasWord(ws, paymentWords...) != "" || hasWord(ws, "order", "orders", "invoice", "invoices", "booking", "bookings") != ""
	return bought && hasWord(ws, outcomeWords...) != "" && hasWord(ws, setterWords...) == "" && !accountFlow(ws)
}
