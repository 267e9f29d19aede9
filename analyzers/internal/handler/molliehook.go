package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// servesNotice: c, a call of a handler known by its mount that is
// posted Mollie's id alone (IDNotice), is of a handler this package
// serves on every path: a registration with no path (fasthttp's or
// net/http's ListenAndServe) whose handler is t's method.
func (w *wiring) servesNotice(t *types.Named, c WireCall) bool {
	if !c.ByRoute || !c.IDNotice {
		return false
	}
	m := w.fx.m
	found := false
	method := handlerMethod(c)
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if found || reg.path != "" || reg.method != "" || len(reg.handlers) != 1 ||
			strings.HasSuffix(m.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		last := reg.handlers[0]
		found = m.serves(ast.Unparen(last), t, method) || m.serves(m.mountedHandler(last), t, method)
	})
	return found
}

// ---- Mollie's webhook, known by the one field it posts -----------------------------
//
// Mollie calls a payment's webhookUrl with a form body holding only the
// payment's id (id=tr_…): the handler must read the payment back. Such a
// handler is often named for nothing and served without a path a word
// list could read:
//
//	func (m *Mollie) Handle(ctx *fasthttp.RequestCtx) {
//		p, err := m.payments.Payment(c, string(ctx.PostArgs().Peek("id"))) // *mollie.Payment
//		if p.Status != "paid" { … }
//		m.orders.MarkPaid(c, …); m.loyalty.Grant(c, …)
//	}
//	package main: fasthttp.ListenAndServe(addr, mollieHook.Handle)
//
// Such a handler, exported with no route in its package, reading what is
// posted and the payment, is a webhook only where some package mounts it
// on a route whose path says so (routehook.go: its wired calls are
// recorded ByRoute). A server serving it alone on every path names no
// route. What the request carries still names the sender, as
// notice.go reads a notification's fields: a posted form field "id",
// and nothing from the query, handed to a call answering a Mollie SDK's
// Payment (the SDK's Payments.Get, or a port of the app returning the
// SDK's type) is Mollie's webhook. The handler's package records that on
// its wired calls (WireCall.IDNotice), and the binding package confirms
// the handler where it serves it on every path (ListenAndServe(addr,
// h.Handle)), as a webhook route confirms it. A return page is reached
// by the buyer's browser with a GET and the shop's own query (Mollie
// adds nothing to a redirectUrl).
//
// Precision: as noticeBody (what the handler does is the binding's to
// judge, as for any handler known by its mount): back-office, account and person routes,
// GET-only routes, OAuth responses and a handler sending a payment are
// never classified so; an id read from the query, or a form with other
// fields read beside it, is not Mollie's; a server serving another
// handler, or the handler on a path, confirms nothing here.

// molliePkgs are the Mollie SDKs whose Payment type the read answers.
var molliePkgs = []string{"github.com/VictorAvelar/mollie-api-go", "github.com/mollie/mollie-api-golang"}

// mollieHook: why h is Mollie's webhook by the id it is posted, or "".
func (m *Model) mollieHook(h *Handler) string {
	if h.Body == nil || m.info == nil || len(h.Routes) == 0 && !m.mountedElsewhere(h) {
		return ""
	}
	if staffOnly(h.Routes) || accountRoutes(h.Routes) || h.oauthResponse() || getOnly(h.Routes) || m.personNamed(h) ||
		m.backOfficeNames(h) || m.sendsPayment(h.Body) {
		return ""
	}
	var id *Read
	for _, p := range h.Params {
		switch {
		case p.Source == "form" && norm(p.Name) == "id" && p.Call != nil:
			id = p
		case p.Source != "path":
			return "" // the query, or another field: not Mollie's post
		}
	}
	if id == nil {
		return "" // what the handler does is judged where it is bound (a pending call confirms by its effect)
	}
	if m.readsMollieBy(h.Body, id.Call) == nil {
		return ""
	}
	return "is posted Mollie's payment id and reads the payment back from Mollie"
}

// readsMollieBy: the call of body handed read's value (the read
// itself, or a variable assigned from an expression holding it) that
// answers a Mollie SDK's Payment; nil if none.
func (m *Model) readsMollieBy(body *ast.BlockStmt, read *ast.CallExpr) *ast.CallExpr {
	info := m.pass.TypesInfo
	vars := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, r := range as.Rhs {
			if w24Holds(r, read) {
				if id, ok := as.Lhs[i].(*ast.Ident); ok {
					if obj := info.ObjectOf(id); obj != nil {
						vars[obj] = true
					}
				}
			}
		}
		return true
	})
	var found *ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found != nil || call == read {
			return found == nil
		}
		handed := false
		for _, a := range call.Args {
			if w24Holds(a, read) {
				handed = true
			}
			ast.Inspect(a, func(x ast.Node) bool {
				if id, ok := x.(*ast.Ident); ok && vars[info.Uses[id]] {
					handed = true
				}
				return !handed
			})
		}
		if handed && answersMolliePayment(info.TypeOf(call)) {
			found = call
		}
		return found == nil
	})
	return found
}

// w24Holds: e contains the call read.
func w24Holds(e ast.Expr, read *ast.CallExpr) bool {
	in := false
	ast.Inspect(e, func(n ast.Node) bool {
		if n == read {
			in = true
		}
		return !in
	})
	return in
}

// answersMolliePayment: t (a call's result, or its tuple) holds a
// Mollie SDK's Payment.
func answersMolliePayment(t types.Type) bool {
	var ts []types.Type
	if tup, ok := t.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			ts = append(ts, tup.At(i).Type())
		}
	} else if t != nil {
		ts = append(ts, t)
	}
	for _, x := range ts {
		if p, ok := types.Unalias(x).(*types.Pointer); ok {
			x = p.Elem()
		}
		n, ok := types.Unalias(x).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Name() != "Payment" {
			continue
		}
		for _, p := range molliePkgs {
			if strings.HasPrefix(n.Obj().Pkg().Path(), p) {
				return true
			}
		}
	}
	return false
}
