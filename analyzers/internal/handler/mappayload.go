package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a provider's notification decoded into a map ------------------------------
//
// An aggregator paylint has no table for (a virtual-account or QRIS
// gateway) posts its own shape, and the handler often decodes it into a
// map, not a struct: no type name or field tag says whose payload it is.
//
//	body, _ := io.ReadAll(c.Request.Body)
//	var data map[string]interface{}
//	json.Unmarshal(body, &data)
//	ref, _ := data["partnerReferenceNo"].(string)
//	if flag, _ := data["paymentFlagStatus"].(string); flag == "00" {
//		h.db.Exec("UPDATE merchant_payments SET status = 'Success' WHERE gateway_ref = ?", ref)
//	}
//
// Mounted on "POST /payments/pakailink/va", with no webhook word in its
// route or name, it is still a provider's notification by what it does:
// it reads the raw request body, decodes it into a map, and writes a paid
// state (or fulfils) for the payment the posted map names, or under a
// test of a value the map holds. Whoever posts that map marks the
// payment paid. A route or name naming a payment is the second sign (as
// for an anonymous struct: bodyshape.go).
//
// A person's request is never one: a route behind any middleware (a
// user's login, an admin check: the request is someone's), a handler
// reading the app's user (the Authorization header, a session cookie, a
// user a middleware stored in the request's context), the back office
// and account routes (bodyClass), a handler that charges itself or reads
// the payment back from the provider (a confirm endpoint: the provider's
// answer decides, not the posted map). A handler reading a credential
// header (client-secret, api-key) checks something paylint may not judge
// (a helper comparing it with the configured secret): unsure, silent.

// mapPaidPayload returns why routed handler h is a provider's webhook by
// a map payload, or "".
func (m *Model) mapPaidPayload(h *Handler) string {
	if !m.namesPayment(h) || !m.readsRawBody(h.Body) || m.personRequest(h) || m.readsProviderStatus(h.Body) {
		return ""
	}
	for _, r := range h.Headers {
		if hasWord(sharedWords(r.Name), credWords...) != "" {
			return "" // a credential checked some way paylint does not judge (cls_credential.go): unsure
		}
	}
	posted := m.postedMapValues(h.Body)
	if len(posted) == 0 {
		return ""
	}
	for _, op := range m.fulfilments(h.Body) {
		if m.drivenByPosted(h.Body, op.Call, posted) {
			return "decodes the raw request body into a map and updates payment state from what was posted"
		}
	}
	return ""
}

// personRequest: h answers a person of the app: one of its routes passes
// through middleware, or it reads the app's user itself.
func (m *Model) personRequest(h *Handler) bool {
	for _, r := range h.Routes {
		if len(r.Middleware) > 0 || len(r.External) > 0 {
			return true
		}
	}
	if h.Fn == nil {
		return true
	}
	r := loginReadsOf(h.Fn)
	if r.auth || r.cookie || r.token {
		return true
	}
	found := false
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		t := m.pass.TypesInfo.TypeOf(sel.X)
		switch name := sel.Sel.Name; {
		case namedIs(t, ginPkgs, "Context") && (name == "Get" || name == "MustGet" || name == "GetString" || name == "GetInt" || name == "GetUint"),
			namedIs(t, echoPkgs, "Context") && name == "Get",
			namedIs(t, fiberPkgs, "Ctx") && name == "Locals",
			name == "Value" && namedIs(t, []string{"context"}, "Context"):
			found = true // a user a middleware stored for the handler
		}
		return !found
	})
	return found
}

// readsProviderStatus: body reads a payment's state back from a provider.
func (m *Model) readsProviderStatus(body *ast.BlockStmt) bool {
	for _, op := range m.info.Within(body) {
		if op.Kind.Has(payment.StatusRead) {
			return true
		}
	}
	return false
}

// postedMapValues returns the variables of body holding a map the
// request body was decoded into, and those given a value taken from one
// (data["ref"].(string), a nested map, a local set from those).
func (m *Model) postedMapValues(body *ast.BlockStmt) map[types.Object]bool {
	out := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || !m.decoder(call) {
			return true
		}
		_, target := m.decodedInto(call)
		id, ok := target.(*ast.Ident)
		if !ok {
			return true
		}
		if v, ok := m.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v != nil {
			if mt, ok := v.Type().Underlying().(*types.Map); ok && isString(mt.Key()) {
				out[v] = true
			}
		}
		return true
	})
	if len(out) == 0 {
		return nil
	}
	for changed := true; changed; {
		changed = false
		ast.Inspect(body, func(n ast.Node) bool {
			var lhs, rhs []ast.Expr
			switch x := n.(type) {
			case *ast.AssignStmt:
				lhs, rhs = x.Lhs, x.Rhs
			case *ast.ValueSpec:
				for _, id := range x.Names {
					lhs = append(lhs, id)
				}
				rhs = x.Values
			default:
				return true
			}
			if !m.mentions(rhs, out) {
				return true
			}
			for _, l := range lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if o := m.pass.TypesInfo.ObjectOf(id); o != nil && !out[o] {
						out[o], changed = true, true
					}
				}
			}
			return true
		})
	}
	return out
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// mentions: one of es refers to a variable of vars.
func (m *Model) mentions(es []ast.Expr, vars map[types.Object]bool) bool {
	found := false
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && vars[m.pass.TypesInfo.Uses[id]] {
				found = true
			}
			return !found
		})
	}
	return found
}

// drivenByPosted: call is handed a posted value, or runs under an if or
// a switch of body testing one.
func (m *Model) drivenByPosted(body *ast.BlockStmt, call *ast.CallExpr, posted map[types.Object]bool) bool {
	if m.mentions(call.Args, posted) {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() > call.Pos() || n.End() < call.End() {
			return false // only the statements enclosing call
		}
		switch x := n.(type) {
		case *ast.IfStmt:
			found = x.Body.Pos() <= call.Pos() && call.End() <= x.Body.End() && m.mentions([]ast.Expr{x.Cond}, posted)
		case *ast.SwitchStmt:
			found = x.Tag != nil && x.Body.Pos() <= call.Pos() && m.mentions([]ast.Expr{x.Tag}, posted)
		}
		return !found
	})
	return found
}
