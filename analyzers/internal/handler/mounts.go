package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// ---- webhooks mounted in another package -------------------------------------
//
// A handler known as a webhook only by its body has no route in its own
// package: whether it is safe depends on the middleware of the route that
// mounts it, and that route lives in a package that imports this one (so
// this package cannot see it). When such a handler verifies nothing
// itself, its package does not report it but marks its function with an
// UnverifiedWebhookFact; a package that mounts that function on a route
// judges the route's own middleware chain and reports at the mount.

// UnverifiedWebhookFact marks an exported handler (or the exported factory
// returning one) that is a payment webhook by its body, has no route in
// its package and verifies no signature itself. Why says what it does on
// an unverified request ("acts on the payment (orders.Store.MarkPaid)").
// With Why empty, the handler is a webhook by its body only if a use case
// it calls through a field (Wired, unverified) acts on the payment: the
// package that mounts it and binds the use case decides (wire_bind.go).
// With ByRoute, the handler is a webhook only by the path of the route
// that mounts it (routedwebhook.go). With Open, it is one only by what
// it does with the posted body, and counts at a mount with nothing in
// front of it (postedpaid.go).
type UnverifiedWebhookFact struct {
	Why     string
	Wired   []WireCall
	ByRoute bool
	Open    bool
}

// AFact marks UnverifiedWebhookFact as a fact.
func (*UnverifiedWebhookFact) AFact() {}

func (f *UnverifiedWebhookFact) String() string {
	if f.Why == "" {
		return "unverified webhook if its use case acts on the payment"
	}
	if f.ByRoute {
		return "unverified webhook if its route names one: " + f.Why
	}
	if f.Open {
		return "unverified webhook on an open route: " + f.Why
	}
	return "unverified webhook: " + f.Why
}

// Mount is a route of this package that mounts a handler of another
// package carrying an UnverifiedWebhookFact.
type Mount struct {
	Route *Route
	// Func is the mounted handler, or the factory that returned it.
	Func *types.Func
	// Expr is the handler expression as written in the registration.
	Expr ast.Expr
	Fact *UnverifiedWebhookFact
}

// deferWebhooks marks, and exports a fact for, the handlers whose
// verification is judged where they are mounted (see Deferred).
func (m *Model) deferWebhooks() {
	for _, h := range m.Judged() {
		why := m.unverifiedElsewhere(h)
		if why == "" {
			if wired := m.pendingUnverified(h); len(wired) > 0 { // wire_facts.go
				m.pass.ExportObjectFact(h.Func, &UnverifiedWebhookFact{Wired: wired})
			} else if why := m.unverifiedIfRouted(h); why != "" {
				if obj := m.mountedFunc(h); obj != nil {
					m.pass.ExportObjectFact(obj, &UnverifiedWebhookFact{Why: why, ByRoute: true})
				}
			} else if why := m.postedPaidElsewhere(h); why != "" { // postedpaid.go
				if obj := m.mountedFunc(h); obj != nil {
					m.pass.ExportObjectFact(obj, &UnverifiedWebhookFact{Why: why, Open: true})
				}
			}
			continue
		}
		obj := m.mountedFunc(h)
		if obj == nil {
			continue
		}
		f := &UnverifiedWebhookFact{Why: why}
		if m.deferred == nil {
			m.deferred = map[*Handler]*UnverifiedWebhookFact{}
		}
		m.deferred[h] = f
		m.pass.ExportObjectFact(obj, f)
	}
	m.exportEventHooks() // eventhook.go: judged beside a verified sibling mount
}

// unverifiedElsewhere returns what h does unverified when h is a webhook
// by its body, has no deployed route here, reads no signature, and every
// fulfilment not guarded otherwise happens with no verification at all;
// "" if not. A handler that verifies in part (an ignored check, a
// fail-open secret) stays judged here: no middleware makes its own broken
// check right.
func (m *Model) unverifiedElsewhere(h *Handler) string {
	if m.deployedRoutes(h) > 0 || h.CallsVerifier || h.BodyEvent == "" && !m.ifaceBodyEvent(h) && !m.ctxEvent(h) { // ctxevent.go
		return ""
	}
	if ok, _ := h.Webhook(); !ok {
		return "" // an OAuth redirect URI
	}
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return "" // it looks at the signature: judged here
		}
	}
	return m.unverifiedEffect(h)
}

// ifaceBodyEvent: h, a webhook by its name with no route here that
// another package can mount, decodes the request body into an event and
// acts on the payment only through an interface (IfaceFulfilments): the
// same handler as one that writes the state itself (BodyEvent), judged
// where it is mounted like that one, so that a verifying middleware on its
// route counts and the mistake is reported once, at the route.
func (m *Model) ifaceBodyEvent(h *Handler) bool {
	if h.Body == nil || m.info == nil || !m.mountedElsewhere(h) || !m.readsBody(h.Body) {
		return false
	}
	if ev, _ := m.decodedEvent(h.Body); ev == nil || len(m.fulfilments(h.Body)) > 0 {
		return false
	}
	return len(m.IfaceFulfilments(h)) > 0
}

// deployedRoutes counts h's routes outside _test.go files: a test that
// serves the handler from httptest does not deploy it.
func (m *Model) deployedRoutes(h *Handler) int {
	n := 0
	for _, r := range h.Routes {
		if r.Call == nil || !strings.HasSuffix(m.pass.Fset.Position(r.Call.Pos()).Filename, "_test.go") {
			n++
		}
	}
	return n
}

// mountedFunc is the function another package mounts to serve h: h's
// method or function, or the exported factory whose literal h is.
func (m *Model) mountedFunc(h *Handler) *types.Func {
	if h.Func != nil {
		return h.Func
	}
	for obj, fd := range m.decls {
		if fd.Body != nil && fd.Body.Pos() <= h.Node.Pos() && h.Node.End() <= fd.Body.End() && obj.Exported() {
			return obj
		}
	}
	return nil
}

// Deferred reports whether h's verification is judged where another
// package mounts it (the rule stays silent on h here).
func (m *Model) Deferred(h *Handler) bool { return m.deferred[h] != nil }

// Mounts returns the routes of this package mounting another package's
// unverified webhook handler, with no verifying middleware on the route.
func (m *Model) Mounts() []*Mount {
	var out []*Mount
	for _, mt := range m.mounts {
		if mt.Fact.Why != "" && !m.routeVerified(mt.Route) && (!mt.Fact.ByRoute || routeNamesWebhook(mt.Route) || m.siblingVerified(mt)) && m.mountCounts(mt) && // siblingmount.go, eventhook.go
			(!mt.Fact.Open || openMount(mt.Route)) { // postedpaid.go
			out = append(out, mt)
		}
	}
	return out
}

// wiredMounts are the routes of this package mounting another package's
// pending webhook (its use case decides) with no verifying middleware.
func (m *Model) wiredMounts() []*Mount {
	var out []*Mount
	for _, mt := range m.mounts {
		if mt.Fact.Why == "" && len(mt.Fact.Wired) > 0 && !m.routeVerified(mt.Route) {
			out = append(out, mt)
		}
	}
	return out
}

// unverifiedFact returns the UnverifiedWebhookFact of fn, a function of
// another package, or nil.
func (m *Model) unverifiedFact(fn *types.Func) *UnverifiedWebhookFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return nil
	}
	var f UnverifiedWebhookFact
	if !m.pass.ImportObjectFact(fn, &f) {
		return m.eventHookFact(fn) // eventhook.go
	}
	return &f
}

// usesUnverified is a cheap filter: the package refers to a function of
// another package marked with an UnverifiedWebhookFact.
func (m *Model) usesUnverified() bool {
	if !hasUnverifiedFacts(m.pass) {
		return false
	}
	for _, obj := range m.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && m.unverifiedFact(fn) != nil || m.servesUnverified(obj) { // nestedevent.go
			return true
		}
	}
	return false
}

// hasUnverifiedFacts: some dependency exported an UnverifiedWebhookFact.
func hasUnverifiedFacts(pass *analysis.Pass) bool {
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*UnverifiedWebhookFact); ok || isEventHook(f.Fact) {
			return true
		}
	}
	return false
}

// noteMount records a registration of this package whose handler
// expression e mounts fn of another package, when fn carries the fact and
// the route's router is one whose middleware this package sees.
func (m *Model) noteMount(route *Route, recv, e ast.Expr, fn *types.Func) {
	f := m.unverifiedFact(fn)
	if f == nil || route.Call == nil || m.routerFromCaller(recv, 0) && !m.signedSibling(route, recv) || m.parentCovered(recv, 0) { // siblingroute.go
		return
	}
	if strings.HasSuffix(m.pass.Fset.Position(route.Call.Pos()).Filename, "_test.go") {
		return // a test serving the handler from httptest, not a deployed route
	}
	m.mounts = append(m.mounts, &Mount{Route: route, Func: fn, Expr: e, Fact: f})
}

// routerFromCaller: the router a route is registered on is handed in by a
// caller (a parameter or a field) as a group or sub-router type, which may
// carry middleware the caller applied (api := r.Group("/hooks", verify);
// routes.Mount(api, h)) that this package cannot see. Root routers
// (*http.ServeMux, *gin.Engine, *chi.Mux, *echo.Echo, *fiber.App) are
// judged as seen: a signature check is never middleware of every route.
func (m *Model) routerFromCaller(e ast.Expr, depth int) bool {
	if e == nil {
		return false // http.HandleFunc: the default mux
	}
	if depth > 8 {
		return true
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return false // a package name: http.HandleFunc
		}
		if parent, _, ok := m.routeParam(v); ok {
			return m.routerFromCaller(parent, depth+1)
		}
		if init := m.initOf(v); init != nil {
			return m.routerFromCaller(init, depth+1)
		}
		return !rootRouter(v.Type())
	case *ast.CallExpr:
		fn := m.calleeFunc(x)
		switch {
		case fn == nil:
			return true
		case pkgOf(fn) == "net/http" || frameworkRouterPkg(pkgOf(fn)) && routerCtor[fn.Name()]:
			return false // a new router: chi.NewRouter(), gin.New(), http.NewServeMux()
		case frameworkRouterPkg(pkgOf(fn)):
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				return m.routerFromCaller(sel.X, depth+1) // Group, With, Route, Subrouter, PathPrefix
			}
			return true
		case contains(beegoWebPkgs, pkgOf(fn)) && fn.Name() == "NewNamespace":
			return false // a beego namespace made here, its filters seen (rt_beego.go)
		case contains(beegoWebPkgs, pkgOf(fn)) && fn.Name() == "Filter":
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				return m.routerFromCaller(sel.X, depth+1)
			}
		}
		return !rootRouter(m.pass.TypesInfo.TypeOf(x)) // a router built by code of its own
	case *ast.SelectorExpr:
		return !rootRouter(m.pass.TypesInfo.TypeOf(x))
	}
	return true
}

// routerCtor are the constructors of the frameworks' routers.
var routerCtor = map[string]bool{"New": true, "NewRouter": true, "NewMux": true, "Default": true}

func frameworkRouterPkg(p string) bool {
	return p == ginPkgs[0] || contains(echoPkgs, p) || contains(fiberPkgs, p) || p == "github.com/gorilla/mux" ||
		p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi"
}

// rootRouter: t is a whole application's router, not a group.
func rootRouter(t types.Type) bool {
	return namedIs(t, httpPkgs, "ServeMux") || namedIs(t, ginPkgs, "Engine") ||
		namedIs(t, []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi"}, "Mux") ||
		namedIs(t, echoPkgs, "Echo") || namedIs(t, fiberPkgs, "App") || hertzServer(t) || fasthttpRouter(t) // hertzroot.go, fasthttproute.go
}

// routeVerified reports whether a middleware on the route verifies the
// signature first, or one this package cannot judge may (then rules stay
// silent). It is the per-route half of BehindVerifier.
func (m *Model) routeVerified(r *Route) bool {
	for _, mw := range r.Middleware {
		if m.middlewareVerifies(mw) {
			return true
		}
	}
	for _, fn := range r.External {
		if fn == nil {
			return true // unresolvable: cannot tell
		}
		var f MiddlewareFact
		var modeled ModeledFact
		switch {
		case m.pass.ImportObjectFact(fn, &f):
			return true
		case fn.Pkg() == m.pass.Pkg && m.decls[fn] != nil && m.fnOf[m.decls[fn]] != nil:
			// A factory of this package whose result discovery does not
			// resolve (return signer{h}.check): summarised, and no fact.
		case fn.Pkg() != nil && fn.Pkg() != m.pass.Pkg && m.pass.ImportPackageFact(fn.Pkg(), &modeled):
			// modelled, and not a verifying middleware
		case !knownMiddlewarePkg(pkgOf(fn)):
			return true // middleware from a package whose code we do not judge
		}
	}
	return false
}

// ---- routers mounted on routers ----------------------------------------------

// parentCovered reports whether the router a route is registered on is
// itself mounted or wrapped in this package where a verifying middleware
// covers it (r.With(verify).Mount("/hooks", sub), verify(mux)), or handed
// to a function that may add middleware this package cannot see.
func (m *Model) parentCovered(recv ast.Expr, depth int) bool {
	v := m.routerVar(recv, 0)
	if v == nil || depth > 4 {
		return false
	}
	covered := false
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || covered {
				return !covered
			}
			for _, a := range call.Args {
				if refersTo(m.pass.TypesInfo, a, v) && m.argCovers(call, a, v, depth) {
					covered = true
				}
			}
			return !covered
		})
	}
	return covered
}

// argCovers judges one call handed the router v (inside argument a).
func (m *Model) argCovers(call *ast.CallExpr, a ast.Expr, v *types.Var, depth int) bool {
	fn := m.calleeFunc(call)
	if fn == nil {
		return true // a func value: cannot tell
	}
	if contains(beegoWebPkgs, pkgOf(fn)) && fn.Name() == "AddNamespace" {
		return false // beego serves the namespace as made (rt_beego.go)
	}
	sel, isMethod := call.Fun.(*ast.SelectorExpr)
	_, isReg := m.registration(call)
	if isMethod && (isReg || frameworkRouterPkg(pkgOf(fn)) && fn.Name() == "Mount") {
		// Mounted on a parent router: its chain, and the wrappers
		// around v in the argument, cover v's routes.
		r := m.resolve(a, 0)
		route := &Route{Middleware: r.mws, External: r.external}
		for _, e := range m.ctxOf(sel.X, 0).mws {
			if mr := m.resolve(e, 0); mr.node != nil {
				route.Middleware = append(route.Middleware, mr.node)
			} else {
				route.External = append(route.External, m.funcObj(e))
			}
		}
		return m.routeVerified(route) || m.routerFromCaller(sel.X, 0) || m.parentCovered(sel.X, depth+1)
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Results().Len() == 1 && handlerType(sig.Results().At(0).Type()) && servesHTTP(m.pass.TypesInfo.TypeOf(a)) {
		if pkgOf(fn) == "net/http" {
			return false // StripPrefix, TimeoutHandler: no check
		}
		// A wrapper around the whole router: verify(mux).
		route := &Route{}
		if n := m.funcNode(fn); n != nil {
			route.Middleware = append(route.Middleware, n)
		} else {
			route.External = append(route.External, fn)
		}
		return m.routeVerified(route)
	}
	if pkgOf(fn) == "net/http" || rootRouter(v.Type()) && !frameworkRouterPkg(pkgOf(fn)) || onlyNested(m.pass.TypesInfo, a, v) {
		return false // served as is (ListenAndServe); a ServeMux has no Use; log.Fatal(ListenAndServe(…, r)) (nestedarg.go)
	}
	if m.handedRoutesOnly(call, a, v) {
		return false // a routes function adding no middleware to it (routesonly.go)
	}
	return true // handed to code that may add middleware (Register(r), r.Use in a helper)
}

// routerVar is the variable holding the router a route is registered on
// (through chi Route literals, With/Group/Subrouter calls), or nil.
func (m *Model) routerVar(e ast.Expr, depth int) *types.Var {
	if e == nil || depth > 8 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := m.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return nil
		}
		if parent, _, ok := m.routeParam(v); ok {
			return m.routerVar(parent, depth+1)
		}
		if init, ok := ast.Unparen(m.initOf(v)).(*ast.CallExpr); ok {
			if fn := m.calleeFunc(init); fn != nil && frameworkRouterPkg(pkgOf(fn)) && !routerCtor[fn.Name()] {
				if sel, ok := init.Fun.(*ast.SelectorExpr); ok {
					return m.routerVar(sel.X, depth+1) // g := e.Group("/hooks")
				}
			}
		}
		return v
	case *ast.CallExpr:
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			return m.routerVar(sel.X, depth+1)
		}
	}
	return nil
}

// refersTo: e hands on the variable v (outside function literals, whose
// calls are judged on their own).
func refersTo(info *types.Info, e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// servesHTTP: t is a handler function or has a ServeHTTP method (a
// router value: *http.ServeMux, *chi.Mux).
func servesHTTP(t types.Type) bool {
	if t == nil || handlerType(t) {
		return t != nil
	}
	sel := types.NewMethodSet(t).Lookup(nil, "ServeHTTP")
	return sel != nil
}

// unverifiedEffect is what h does when every fulfilment not guarded
// otherwise (a verified or status guard, the provider's own answer)
// happens with no verification at all: "acts on the payment (…)" for the
// first; "" if any is verified in part or there is none.
func (m *Model) unverifiedEffect(h *Handler) string {
	first := ""
	for _, op := range m.Fulfilments(h) {
		if g := m.Guarded(op.Call); g != nil && (g.Verified || g.Status) || m.ProviderChecked(h, op.Call) {
			continue
		}
		if m.VerificationAt(h, op.Call) != Unverified {
			return ""
		}
		if first == "" {
			desc := op.Desc
			if desc == "" {
				desc = "fulfilment"
			}
			first = "acts on the payment (" + desc + ")"
		}
	}
	return first
}
