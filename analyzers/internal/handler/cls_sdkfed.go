package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- event handlers a provider SDK calls after verifying ------------------------
//
// Some SDKs serve the webhook themselves: gocardless.NewWebhookHandler
// (secret, handler) returns an http.Handler that checks the
// Webhook-Signature HMAC of the body and then calls handler.HandleEvent
// for each event. The merchant's code is that event handler: a function
// or method of no HTTP shape (func(gocardless.Event) error) that is the
// webhook's processing, verified, and delivered again on every retry. The
// model adds it as a handler of framework SDKCallback, verified.

// SDKCallback is the framework of an event handler a provider SDK calls
// with the events of a webhook it has verified.
const SDKCallback Framework = 32

// verifyingServers are the SDK functions that build a verifying webhook
// server around the event handler they are given (package path prefix,
// function name).
var verifyingServers = []struct{ pkg, name string }{
	{"github.com/gocardless/gocardless-pro-go", "NewWebhookHandler"},
}

func verifyingServer(fn *types.Func) bool {
	p := pkgOf(fn)
	for _, s := range verifyingServers {
		if fn.Name() == s.name && (p == s.pkg || strings.HasPrefix(p, s.pkg+"/")) {
			return true
		}
	}
	return false
}

// sdkFedHandlers returns the event handlers of this package handed to a
// verifying SDK server, except the nodes already known as handlers.
func (m *Model) sdkFedHandlers(known map[ast.Node]*Handler) []*Handler {
	var out []*Handler
	seen := map[ast.Node]bool{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var server types.Object // the variable holding the SDK's server
			call, ok := n.(*ast.CallExpr)
			if as, isAssign := n.(*ast.AssignStmt); isAssign && len(as.Rhs) == 1 {
				call, ok = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				if id, isID := as.Lhs[0].(*ast.Ident); ok && isID {
					server = m.pass.TypesInfo.ObjectOf(id)
				}
			}
			if !ok {
				return true
			}
			if fn := m.calleeFunc(call); fn == nil || !verifyingServer(fn) {
				return true
			}
			for _, a := range call.Args {
				for _, node := range m.eventFuncs(a) {
					if known[node] != nil || seen[node] {
						continue
					}
					seen[node] = true
					if h := m.sdkFedHandler(node); h != nil {
						h.Routes = m.serverRoutes(server)
						out = append(out, h)
					}
				}
			}
			return false // the call is seen once, with its assignment
		})
	}
	for _, node := range m.implementedEventHandlers() {
		if known[node] != nil || seen[node] {
			continue
		}
		seen[node] = true
		if h := m.sdkFedHandler(node); h != nil {
			out = append(out, h)
		}
	}
	return out
}

// serverRoutes are the registrations of this package that serve the SDK's
// server held by v (mux.Handle("/gocardless/webhooks", srv)): the event
// handler's routes, which say what it is for.
func (m *Model) serverRoutes(v types.Object) []*Route {
	if v == nil {
		return nil
	}
	var out []*Route
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if id, ok := ast.Unparen(reg.handlers[len(reg.handlers)-1]).(*ast.Ident); ok && m.pass.TypesInfo.ObjectOf(id) == v {
			out = append(out, &Route{Call: call, Method: reg.method, Path: m.ctxOf(recv, 0).prefix + reg.path})
		}
	})
	return out
}

// eventFuncs returns the declarations or literals an argument hands over:
// a function or method value, possibly converted to the SDK's func type
// (gocardless.EventHandlerFunc(b.Confirmed)), or a value of this
// package's type whose methods implement the SDK's interface.
func (m *Model) eventFuncs(e ast.Expr) []ast.Node {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X) // &billing{}
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := m.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0]) // a conversion to the SDK's func type
		}
	}
	if lit, ok := e.(*ast.FuncLit); ok {
		return []ast.Node{lit}
	}
	if fn := m.funcObj(e); fn != nil {
		if fd := m.decls[fn]; fd != nil {
			return []ast.Node{fd}
		}
		return nil
	}
	return m.implementingMethods(m.pass.TypesInfo.TypeOf(e))
}

// implementingMethods: the methods of t (a type of this package) named
// Handle… (HandleEvent): the SDKs' event interfaces have one such method.
func (m *Model) implementingMethods(t types.Type) []ast.Node {
	if t == nil {
		return nil
	}
	var out []ast.Node
	ms := types.NewMethodSet(t)
	if _, isPtr := t.(*types.Pointer); !isPtr {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	for i := 0; i < ms.Len(); i++ {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || fn.Pkg() != m.pass.Pkg || !strings.HasPrefix(fn.Name(), "Handle") {
			continue
		}
		if fd := m.decls[fn]; fd != nil {
			out = append(out, fd)
		}
	}
	return out
}

// sdkFedHandler makes the handler of an event function.
func (m *Model) sdkFedHandler(node ast.Node) *Handler {
	h := &Handler{Node: node, Framework: SDKCallback, Fn: m.fnOf[node], CallsVerifier: true,
		File:      m.pass.Fset.Position(node.Pos()).Filename,
		BodyEvent: "handles the events of a webhook its SDK verified"}
	switch n := node.(type) {
	case *ast.FuncDecl:
		h.Body = n.Body
		h.Func, _ = m.pass.TypesInfo.Defs[n.Name].(*types.Func)
		h.Name = funcName(h.Func)
	case *ast.FuncLit:
		h.Body = n.Body
	}
	if h.Body == nil {
		return nil
	}
	return h
}

// sdkFed: fn is an event handler a verifying SDK calls.
func (m *Model) sdkFed(fn *ssa.Function) bool {
	for _, h := range m.Handlers {
		if h.Fn == fn && h.Framework == SDKCallback {
			return true
		}
	}
	return false
}

// implementedEventHandlers: the Handle… methods of this package's types
// that implement the event-handler interface a verifying SDK server takes
// (gocardless.EventHandler). Such a type exists to be handed to that
// server, which is often built in another package (main:
// gocardless.NewWebhookHandler(secret, hooks.NewDebitEvents(...))) where
// the method is not this package's to judge; here it is.
func (m *Model) implementedEventHandlers() []ast.Node {
	var ifaces []*types.Interface
	for _, p := range m.pass.Pkg.Imports() {
		for _, s := range verifyingServers {
			if p.Path() != s.pkg && !strings.HasPrefix(p.Path(), s.pkg+"/") {
				continue
			}
			fn, _ := p.Scope().Lookup(s.name).(*types.Func)
			if fn == nil {
				continue
			}
			sig := fn.Type().(*types.Signature)
			for i := 0; i < sig.Params().Len(); i++ {
				if it, ok := sig.Params().At(i).Type().Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
					ifaces = append(ifaces, it)
				}
			}
		}
	}
	if len(ifaces) == 0 {
		return nil
	}
	var out []ast.Node
	scope := m.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, it := range ifaces {
			if types.Implements(tn.Type(), it) || types.Implements(types.NewPointer(tn.Type()), it) {
				out = append(out, m.implementingMethods(tn.Type())...)
				break
			}
		}
	}
	return out
}
