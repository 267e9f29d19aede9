package handler

import (
	"go/ast"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ---- a return page granting through a port of its own, bound in main -------------
//
// returngrant.go follows a page's call of another package's use case;
// the page may as well hold the port itself, alone or through a use case
// of its own package, and leave its route to a routes package:
//
//	package adyenpos: func (p *Pages) LinkComplete(w, r) { p.sales.Complete(ctx, r.URL.Query().Get("ref"), "") }
//	package mercadopt: if q.Get("status") == "approved" { p.svc.memberships.AddSessions(ctx, id, n) }
//	package routes:   r.Get("/club/pay/complete", d.Club.LinkComplete)
//	package main:     adyenpos.NewPages(api, store.NewSales(db)) // Complete: UPDATE sales SET status = 'paid'
//
// The page's package sees no implementation of the port, so no grant; the
// routes package sees the route; main sees the store. The page's package
// records, on the page's receiver type (RFAPageFact), its calls of
// interface methods held in a field of the receiver, or in an interface
// field of a struct of its own package the receiver holds, made on a
// path no provider status test (nor a paid-check helper, nor a stored
// paid state) guards, in a page that reads nothing from the provider.
// A page its own signs make a return page (Redirect) is Known; another
// landing-shaped page with no route here counts only where some package
// mounts it on a GET route whose path names a return (RFAMountFact on
// that package). The binding package judges the port through its own
// constructions (pagebind.go).
//
// Precision: a page reading the payment from the provider is left to the
// rules judging that read; a webhook, a page with a route here that does
// not make it a return page, a side channel (a logger, a notifier), a
// predicate, and a port whose implementation is in sight stay out.

// RFAPageFact, on a page's receiver type: its pages' unchecked port calls.
type RFAPageFact struct{ Calls []RFAPortCall }

// RFAPortCall is one unchecked port call of a page.
type RFAPortCall struct {
	// Page is the page method's name ("LinkComplete"); Handler names it
	// qualified ("adyenpos.Pages.LinkComplete"); At is the call's file
	// base name and line; Route the page's path when known here.
	Page, Handler, At, Route string
	// Path: the fields from the receiver to the port (["sales"],
	// ["svc", "memberships"]); Method the port's method, Desc qualified.
	Path         []string
	Method, Desc string
	// Known: the page is a return page by its own signs; otherwise only
	// where mounted on a return route.
	Known bool
}

// AFact marks RFAPageFact as a fact.
func (*RFAPageFact) AFact() {}

func (f *RFAPageFact) String() string {
	return "unchecked page port calls: " + strconv.Itoa(len(f.Calls))
}

// RFAMountFact, on a package: the other packages' pages it mounts on a
// return route: "pkgpath.Type.Method" and the path, in pairs (a slice,
// not a map: a fact's encoding must be deterministic).
type RFAMountFact struct{ Pages []string }

// AFact marks RFAMountFact as a fact.
func (*RFAMountFact) AFact() {}

func (f *RFAMountFact) String() string {
	return "return routes of other packages' pages: " + strconv.Itoa(len(f.Pages))
}

// rfaExport records the package's pages' unchecked port calls, and the
// return routes it gives other packages' pages.
func (fx *ifaceFx) rfaExport() {
	order, byType := fx.pageCallsByType(fx.rfaPageCalls)
	for _, n := range order {
		if n.Obj().Pkg() == fx.pass.Pkg {
			fx.pass.ExportObjectFact(n.Obj(), &RFAPageFact{Calls: byType[n]})
		}
	}
	if mounts := fx.rfaMounts(); len(mounts) > 0 {
		var pairs []string
		for _, k := range slices.Sorted(maps.Keys(mounts)) {
			pairs = append(pairs, k, mounts[k])
		}
		fx.pass.ExportPackageFact(&RFAMountFact{Pages: pairs})
	}
}

// pageCallsByType groups the package's judged handlers' port calls that
// callsOf lists by the handlers' receiver type, types in the order first
// seen: the facts that carry them are exported per type.
func (fx *ifaceFx) pageCallsByType(callsOf func(*Handler) []RFAPortCall) ([]*types.Named, map[*types.Named][]RFAPortCall) {
	byType := map[*types.Named][]RFAPortCall{}
	var order []*types.Named
	for _, h := range fx.m.Judged() {
		calls := callsOf(h)
		if len(calls) == 0 {
			continue
		}
		_, named := handlerRecv(h)
		if byType[named] == nil {
			order = append(order, named)
		}
		byType[named] = append(byType[named], calls...)
	}
	return order, byType
}

// rfaPageCalls lists page h's unchecked port calls; nil if h is no page.
func (fx *ifaceFx) rfaPageCalls(h *Handler) []RFAPortCall {
	m := fx.m
	recv, named := handlerRecv(h)
	if recv == nil || named == nil || h.Body == nil || h.Fn == nil || m.info == nil {
		return nil
	}
	if ok, _ := h.Webhook(); ok || m.ReadsPayment(h) {
		return nil
	}
	known, _ := h.Redirect()
	if !known && (len(h.Routes) > 0 || !h.landing() || h.CallsVerifier) {
		return nil // a route here that says nothing of a return; or not the buyer's browser
	}
	return fx.pagePortCalls(h, recv, known, answersBool)
}

// pagePortCalls lists the calls page h makes, with no status test before
// them, of interface methods reached through its receiver's fields
// (fieldPath) whose implementations are out of sight; question says
// which methods only answer (no effect to judge). known: h is a return
// page by its own signs, whose fulfilments its package judges already.
func (fx *ifaceFx) pagePortCalls(h *Handler, recv *types.Var, known bool, question func(*types.Func) bool) []RFAPortCall {
	m, info := fx.m, fx.pass.TypesInfo
	own := fx.ownFulfilments(h, known)
	var out []RFAPortCall
	for _, c := range m.ifaceCalls(h.Body) {
		if own[c.Call] || sideChannel(c) || question(c.Method) || !fx.unexplained(c) { // releaseport.go
			continue
		}
		path := fieldPath(info, c.Call, recv, fx.pass.Pkg)
		if path == nil {
			continue
		}
		if !m.untestedCall(h, c.Call) {
			continue
		}
		pc := RFAPortCall{Page: h.Func.Name(), Handler: fx.pass.Pkg.Name() + "." + h.Name,
			At: fx.siteOf(c.Call), Path: path, Method: c.Method.Name(),
			Desc: qual(c.Method), Known: known}
		if len(h.Routes) > 0 {
			pc.Route = h.Routes[0].Path
		}
		out = append(out, pc)
	}
	return out
}

// fieldPath: the fields from recv to the interface whose method call
// calls (recv.port.M: [port]; recv.svc.port.M with svc a struct of pkg:
// [svc, port]); nil otherwise.
func fieldPath(info *types.Info, call *ast.CallExpr, recv *types.Var, pkg *types.Package) []string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var path []string
	x := ast.Unparen(sel.X)
	for depth := 0; depth < 2; depth++ {
		fs, ok := x.(*ast.SelectorExpr)
		s := info.Selections[fs]
		if !ok || s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return nil
		}
		path = append([]string{fs.Sel.Name}, path...)
		if depth == 1 {
			// the outer field holds a struct of the page's own package
			n := namedOf(s.Obj().Type())
			if n == nil || n.Obj().Pkg() != pkg || types.IsInterface(n) {
				return nil
			}
			if _, ok := n.Underlying().(*types.Struct); !ok {
				return nil
			}
		}
		if id, ok := ast.Unparen(fs.X).(*ast.Ident); ok {
			if info.Uses[id] != recv {
				return nil
			}
			return path
		}
		x = ast.Unparen(fs.X)
	}
	return nil
}

// rfaMounts are this package's registrations of other packages' pages
// recorded with no known return sign, on a GET route whose path names a
// payment's return, keyed "pkgpath.Type.Method".
func (fx *ifaceFx) rfaMounts() map[string]string {
	m := fx.m
	if !pagesAround(fx) {
		return nil
	}
	out := map[string]string{}
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if strings.HasSuffix(fx.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			return
		}
		if reg.method != "" && reg.method != "GET" {
			return
		}
		path := m.ctxOf(recv, 0).prefix + reg.path
		ws := words(path)
		says := redirectSays(ws) // or a return word, for a page reading the payment (mountedread.go)
		if !says && !returnWord(ws) || hasWord(ws, staffWords...) != "" {
			return
		}
		r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
		if r.node != nil || r.ext == nil {
			return
		}
		if key, ok := fx.pendingPage(r.ext); ok && (says || fx.readingPage(r.ext)) {
			if _, seen := out[key]; !seen {
				out[key] = path
			}
		}
	})
	return out
}

// pendingPage: fn is a page method of another package with calls
// recorded only where mounted; its key.
func (fx *ifaceFx) pendingPage(fn *types.Func) (string, bool) {
	sig, _ := fn.Type().(*types.Signature)
	if fn.Pkg() == nil || fn.Pkg() == fx.pass.Pkg || sig == nil || sig.Recv() == nil {
		return "", false
	}
	n := namedOf(sig.Recv().Type())
	f := new(RFAPageFact)
	if n == nil || !fx.pass.ImportObjectFact(n.Obj(), f) {
		return "", false
	}
	for _, c := range f.Calls {
		if c.Page == fn.Name() && !c.Known {
			return rfaKey(n, fn.Name()), true
		}
	}
	return "", false
}

func rfaKey(n *types.Named, method string) string {
	return n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + method
}

// pagesAround is a cheap filter: some dependency recorded page calls.
func pagesAround(fx *ifaceFx) bool { return objectFactAround[*RFAPageFact](fx.pass) }

// ownFulfilments: the fulfilments of page h its package judges already
// (known: h is a return page by its own signs); none otherwise. The page
// ports (pagePortCalls) and the factory's parameters (paramCalls)
// leave them out.
func (fx *ifaceFx) ownFulfilments(h *Handler, known bool) map[*ast.CallExpr]bool {
	own := map[*ast.CallExpr]bool{}
	if known {
		for _, op := range fx.m.Fulfilments(h) {
			own[op.Call] = true
		}
	}
	return own
}

// untestedCall: page h makes call where no test of the payment's status
// guards it (Guarded, StatusChecked).
func (m *Model) untestedCall(h *Handler, call *ast.CallExpr) bool {
	if g := m.Guarded(call); g != nil && g.Status {
		return false
	}
	checked, _ := m.StatusChecked(h, call)
	return !checked
}

// siteOf names where n is, as a finding read in another package does
// (file:line).
func (fx *ifaceFx) siteOf(n ast.Node) string {
	pos := fx.pass.Fset.Position(n.Pos())
	return filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
}
