package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- the posted status stored before the verification -----------------------------
//
// A callback handler may keep what the provider told it before checking
// who told it:
//
//	var cb payouts.Callback
//	json.Unmarshal(body, &cb)
//	h.Commissions.MarkByProvider(ctx, cb.TransferID, cb.Status) // UPDATE payouts SET status = ?
//	…
//	if err := payouts.VerifyCallback(body, sig, h.Key); err != nil { 401 }
//
// The value stored is whatever the body says (paid, failed, returned):
// no constant the model can classify, yet a payment's state all the
// same, and a forged "returned" releases what the payout paid. The
// store's summary (payment.StatusParamFact: it writes parameter i to the
// status column of a table) says where the caller's argument goes; the
// argument is a field of the struct the handler decoded the request's
// body into. Counted where the handler verifies and acts before (or
// without minding) the verdict (Late, Unenforced, Partial), and where it
// verifies nothing at all on an open callback route (openCallback):
// whichever state was posted, the poster picks it — a payout marked paid
// that was never sent, or returned so that it is sent again. Only a
// payment's state column counts (payment.PostedStateColumn: a payment's,
// or a payout's, transfer's or commission's status), never a delivery
// log's row.
//
// An open callback route is one a provider, not a person, posts to: the
// handler is a webhook by its route or name (the rule's gate), no
// middleware stands in front of any of its routes, it reads no user of
// the app (no Authorization header, session cookie or user a middleware
// stored: personRequest, mappayload.go) and no credential header it may
// check some way paylint cannot judge. A back office's form storing a
// payout's status is a person's request, and stays silent.

// postedStateWrite: call stores a status decoded from h's request body
// through a store that writes it to a payment's state column; the op's
// words, "" otherwise.
func (m *Model) postedStateWrite(call *ast.CallExpr, decoded map[types.Object]bool) string {
	_, desc := m.postedStateArg(call, decoded)
	return desc
}

// postedStateArg is postedStateWrite with the argument holding the
// posted status; nil and "" otherwise.
func (m *Model) postedStateArg(call *ast.CallExpr, decoded map[types.Object]bool) (ast.Expr, string) {
	if len(decoded) == 0 {
		return nil, ""
	}
	fn := m.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil {
		return nil, ""
	}
	f := m.info.StatusParamOf(fn)
	if f == nil || f.Param >= len(call.Args) || !payment.PostedStateColumn(f) {
		return nil, ""
	}
	if !m.envelopeField(call.Args[f.Param], decoded) { // cb.Status, evt.Data.Status (nestedevent.go)
		return nil, ""
	}
	return call.Args[f.Param], "the posted status stored by " + qual(fn)
}

// decodedObjects: the variables h's body decodes the request into, and
// the locals holding a part of one (obj := evt.Data.Object: a field of a
// field …, never a value computed from it).
func (m *Model) decodedObjects(h *Handler) map[types.Object]bool {
	out := map[types.Object]bool{}
	for _, d := range m.decodedVars(h.Body) {
		if d.v != nil {
			out[d.v] = true
		}
	}
	if len(out) == 0 {
		return out
	}
	part := func(e ast.Expr) bool {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			return out[m.pass.TypesInfo.Uses[id]]
		}
		return m.envelopeField(e, out)
	}
	for grown := true; grown; {
		grown = false
		ast.Inspect(h.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !part(as.Rhs[0]) {
				return true
			}
			id, ok := as.Lhs[0].(*ast.Ident)
			if !ok {
				return true
			}
			if o := m.pass.TypesInfo.ObjectOf(id); o != nil && !out[o] {
				out[o], grown = true, true
			}
			return true
		})
	}
	return out
}

// openCallback: h is served on routes of its package with no middleware
// in front and reads neither a user of the app nor a credential header.
func (m *Model) openCallback(h *Handler) bool {
	if len(h.Routes) == 0 || m.personRequest(h) {
		return false
	}
	for _, r := range h.Headers {
		if hasWord(sharedWords(r.Name), credWords...) != "" {
			return false // a credential checked some way paylint does not judge
		}
	}
	return true
}
