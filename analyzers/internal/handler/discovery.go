package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// ---- discovery -----------------------------------------------------------

func (m *Model) calleeFunc(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(m.pass.TypesInfo, call).(*types.Func)
	return fn
}

func pkgOf(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

func (m *Model) constString(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv, ok := m.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// registration describes the handler arguments of a route registration.
type registration struct {
	method   string
	path     string
	handlers []ast.Expr // last is the handler, earlier are middleware
	mws      []ast.Expr // echo-style trailing middleware
}

var httpVerbs = map[string]string{
	"GET": "GET", "POST": "POST", "PUT": "PUT", "PATCH": "PATCH", "DELETE": "DELETE",
	"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE",
}

func (m *Model) registration(call *ast.CallExpr) (*registration, bool) {
	fn := m.calleeFunc(call)
	if fn == nil {
		return nil, false
	}
	p, name, a := pkgOf(fn), fn.Name(), call.Args
	str := func(i int) string {
		if i < len(a) {
			s, _ := m.constString(a[i])
			return s
		}
		return ""
	}
	switch {
	case p == "net/http" && (name == "HandleFunc" || name == "Handle") && len(a) == 2:
		pat := str(0)
		method := ""
		if mth, rest, ok := strings.Cut(pat, " "); ok && strings.ToUpper(mth) == mth && mth != "" {
			method, pat = mth, strings.TrimSpace(rest)
		}
		if i := strings.Index(pat, "/"); i > 0 {
			pat = pat[i:] // host-qualified pattern
		}
		return &registration{method: method, path: pat, handlers: a[1:]}, true
	case (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi") && len(a) >= 2:
		switch name {
		case "HandleFunc", "Handle":
			return &registration{path: str(0), handlers: a[1:2]}, true
		case "Method", "MethodFunc":
			if len(a) == 3 {
				return &registration{method: strings.ToUpper(str(0)), path: str(1), handlers: a[2:3]}, true
			}
		default:
			if v, ok := httpVerbs[name]; ok {
				return &registration{method: v, path: str(0), handlers: a[1:2]}, true
			}
		}
	case p == "github.com/gorilla/mux" && (name == "HandleFunc" || name == "Handle") && len(a) == 2:
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && namedIs(m.pass.TypesInfo.TypeOf(sel.X), []string{p}, "Router") {
			return &registration{path: str(0), handlers: a[1:2]}, true
		}
	case p == "github.com/gorilla/mux" && (name == "HandlerFunc" || name == "Handler") && len(a) == 1:
		// r.Methods("POST").Path("/webhook").HandlerFunc(h)
		reg := &registration{handlers: a[0:1]}
		sel, _ := call.Fun.(*ast.SelectorExpr)
		for depth := 0; sel != nil && depth < 8; depth++ {
			inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok {
				break
			}
			fn := m.calleeFunc(inner)
			if fn == nil || pkgOf(fn) != p {
				break
			}
			switch fn.Name() {
			case "Path", "PathPrefix":
				if len(inner.Args) == 1 {
					s, _ := m.constString(inner.Args[0])
					reg.path = s + reg.path
				}
			case "Methods":
				if len(inner.Args) == 1 {
					reg.method, _ = m.constString(inner.Args[0])
				}
			}
			sel, _ = inner.Fun.(*ast.SelectorExpr)
		}
		return reg, true
	case p == ginPkgs[0]:
		if name == "Handle" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:]}, true
		}
		if v, ok := httpVerbs[name]; ok && name == strings.ToUpper(name) && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:]}, true
		}
		if name == "Any" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:]}, true
		}
	case contains(echoPkgs, p):
		if name == "Add" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:3], mws: a[3:]}, true
		}
		if v, ok := httpVerbs[name]; ok && name == strings.ToUpper(name) && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:2], mws: a[2:]}, true
		}
		if name == "Any" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:2], mws: a[2:]}, true
		}
	case contains(fiberPkgs, p):
		if name == "Add" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:]}, true
		}
		if v, ok := httpVerbs[name]; ok && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:]}, true
		}
		if name == "All" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:]}, true
		}
	case p == "net/http" || p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi" || p == "github.com/gorilla/mux":
	default:
		return m.structuralRegistration(call, fn) // iris, beego, hertz, fasthttp routers, in-house wrappers
	}
	return nil, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// resolved is a handler or middleware expression resolved to its function.
type resolved struct {
	node     ast.Node // *ast.FuncDecl or *ast.FuncLit; nil if not in this package
	name     string
	mws      []ast.Node
	external []*types.Func
	opaque   bool // wrapped or provided by code that cannot be seen
	// ext is the function of another package serving the requests (a
	// method value wh.Charge, a factory psp.Charge(s), a ServeHTTP) when
	// node is nil; nil if none is known.
	ext *types.Func
}

// foreign returns fn when it belongs to another package, else nil.
func (m *Model) foreign(fn *types.Func) *types.Func {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return nil
	}
	return fn
}

// foreignServeHTTP finds the ServeHTTP method of t declared in another
// package, or nil.
func (m *Model) foreignServeHTTP(t types.Type) *types.Func {
	if t == nil {
		return nil
	}
	ms := types.NewMethodSet(t)
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		if _, isIface := t.Underlying().(*types.Interface); isIface {
			return nil // any http.Handler: not a known function
		}
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	sel := ms.Lookup(nil, "ServeHTTP")
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	return m.foreign(fn)
}

func (m *Model) funcNode(obj *types.Func) ast.Node {
	if fd := m.decls[obj]; fd != nil && fd.Body != nil {
		return fd
	}
	return nil
}

// defs maps local variables to the expression they were initialised with
// (single assignments only).
func (m *Model) initOf(v *types.Var) ast.Expr {
	if m.inits == nil {
		m.inits = map[*types.Var]ast.Expr{}
		m.multi = map[*types.Var]bool{}
		for _, f := range m.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					if len(n.Lhs) == len(n.Rhs) {
						for i, l := range n.Lhs {
							if id, ok := l.(*ast.Ident); ok {
								m.noteInit(id, n.Rhs[i])
							}
						}
					}
				case *ast.ValueSpec:
					if len(n.Names) == len(n.Values) {
						for i, id := range n.Names {
							m.noteInit(id, n.Values[i])
						}
					}
				}
				return true
			})
		}
	}
	if m.multi[v] {
		return nil
	}
	return m.inits[v]
}

func (m *Model) noteInit(id *ast.Ident, e ast.Expr) {
	obj := m.pass.TypesInfo.ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok {
		return
	}
	if _, seen := m.inits[v]; seen {
		m.multi[v] = true
		return
	}
	m.inits[v] = e
}

func (m *Model) resolve(e ast.Expr, depth int) resolved {
	if depth > 8 || e == nil {
		return resolved{opaque: true}
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		return resolved{node: x}
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = m.pass.TypesInfo.Uses[id]
		} else {
			sel := x.(*ast.SelectorExpr)
			if s := m.pass.TypesInfo.Selections[sel]; s != nil {
				obj = s.Obj()
			} else {
				obj = m.pass.TypesInfo.Uses[sel.Sel]
			}
		}
		switch o := obj.(type) {
		case *types.Func:
			if n := m.funcNode(o); n != nil {
				return resolved{node: n, name: funcName(o)}
			}
			return resolved{opaque: true, ext: m.foreign(o)}
		case *types.Var:
			var fromInit resolved
			if init := m.initOf(o); init != nil {
				r := m.resolve(init, depth+1)
				if r.name == "" {
					r.name = o.Name()
				}
				if r.node != nil {
					return r
				}
				fromInit = r
			}
			if sh := m.serveHTTP(m.pass.TypesInfo.TypeOf(e)); sh != nil {
				obj, _ := m.pass.TypesInfo.Defs[sh.Name].(*types.Func)
				return resolved{node: sh, name: funcName(obj)}
			}
			if fromInit.ext != nil {
				return fromInit // h := wh.Charge; mux.HandleFunc(p, h)
			}
			return resolved{opaque: true, ext: m.foreignServeHTTP(o.Type())}
		}
		return resolved{opaque: true}
	case *ast.UnaryExpr, *ast.CompositeLit:
		if sh := m.serveHTTP(m.pass.TypesInfo.TypeOf(e)); sh != nil {
			if obj, ok := m.pass.TypesInfo.Defs[sh.Name].(*types.Func); ok {
				return resolved{node: sh, name: funcName(obj)}
			}
		}
		return resolved{opaque: true, ext: m.foreignServeHTTP(m.pass.TypesInfo.TypeOf(e))}
	case *ast.CallExpr:
		if tv, ok := m.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return m.resolve(x.Args[0], depth+1) // http.HandlerFunc(f)
		}
		fn := m.calleeFunc(x)
		if fn == nil {
			return m.resolveApplied(x, depth)
		}
		// A handler-typed argument makes the callee a middleware.
		var inner ast.Expr
		for _, a := range x.Args {
			if handlerType(m.pass.TypesInfo.TypeOf(a)) {
				inner = a
			}
		}
		if pkgOf(fn) == "net/http" && inner != nil { // StripPrefix, TimeoutHandler, MaxBytesHandler
			return m.resolve(inner, depth+1)
		}
		node := m.funcNode(fn)
		if inner != nil {
			r := m.resolve(inner, depth+1)
			if node != nil {
				r.mws = append([]ast.Node{node}, r.mws...)
			} else {
				r.external = append([]*types.Func{fn}, r.external...)
			}
			// Middleware handed to a chain helper with the handler:
			// Chain(h, logRequests, verifyStripe).
			for _, a := range x.Args {
				if a == inner || !middlewareType(m.pass.TypesInfo.TypeOf(a)) {
					continue
				}
				if mr := m.resolve(a, depth+1); mr.node != nil {
					r.mws = append(r.mws, mr.node)
				} else if f := m.funcObj(a); f != nil && m.funcNode(f) == nil {
					r.external = append(r.external, f)
				}
			}
			return r
		}
		if node != nil { // a factory returning the handler
			if lit := m.returnedLit(node.(*ast.FuncDecl), depth); lit != nil {
				return resolved{node: lit, name: funcName(fn)}
			}
		}
		if sh := m.serveHTTP(m.pass.TypesInfo.TypeOf(x)); sh != nil { // NewWebhookHandler(secret)
			obj, _ := m.pass.TypesInfo.Defs[sh.Name].(*types.Func)
			return resolved{node: sh, name: funcName(obj)}
		}
		// A factory of another package: the fact is on the factory, or on
		// the ServeHTTP of the value it returns.
		ext := m.foreign(fn)
		if m.unverifiedFact(ext) == nil {
			ext = m.foreignServeHTTP(m.pass.TypesInfo.TypeOf(x))
		}
		return resolved{opaque: true, ext: ext}
	}
	return resolved{opaque: true}
}

// middlewareType: t is a function taking and returning a handler
// (func(http.Handler) http.Handler, or a named type of it).
func middlewareType(t types.Type) bool {
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		handlerType(sig.Params().At(0).Type()) && handlerType(sig.Results().At(0).Type())
}

// returnedLit finds the function literal a factory returns.
func (m *Model) returnedLit(fd *ast.FuncDecl, depth int) *ast.FuncLit {
	var lit *ast.FuncLit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if lit != nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if r := m.resolve(ret.Results[0], depth+1); r.node != nil {
				if l, ok := r.node.(*ast.FuncLit); ok {
					lit = l
				}
			}
		}
		return true
	})
	return lit
}

// serveHTTP finds the ServeHTTP method declared in this package for t.
func (m *Model) serveHTTP(t types.Type) *ast.FuncDecl {
	if t == nil {
		return nil
	}
	ms := types.NewMethodSet(t)
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	sel := ms.Lookup(m.pass.Pkg, "ServeHTTP")
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	if fd := m.decls[fn]; fd != nil && fd.Body != nil {
		return fd
	}
	return nil
}

// routeCtx is the path prefix and middleware a router value carries.
type routeCtx struct {
	prefix   string
	mws      []ast.Expr
	opaqueMW bool
}

func (m *Model) ctxOf(e ast.Expr, depth int) routeCtx {
	if depth > 8 || e == nil {
		return routeCtx{}
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := m.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return routeCtx{}
		}
		var c routeCtx
		if parent, prefix, ok := m.routeParam(v); ok {
			c = m.ctxOf(parent, depth+1)
			c.prefix += prefix
		} else if init := m.initOf(v); init != nil {
			c = m.ctxOf(init, depth+1)
		}
		c.mws = append(c.mws, m.uses[v]...)
		return c
	case *ast.CallExpr:
		fn := m.calleeFunc(x)
		sel, ok := x.Fun.(*ast.SelectorExpr)
		if fn == nil || !ok {
			return routeCtx{}
		}
		p := pkgOf(fn)
		switch {
		case fn.Name() == "Group" && len(x.Args) >= 1 && (p == ginPkgs[0] || contains(echoPkgs, p) || contains(fiberPkgs, p)):
			c := m.ctxOf(sel.X, depth+1)
			s, _ := m.constString(x.Args[0])
			c.prefix += s
			c.mws = append(c.mws, x.Args[1:]...)
			return c
		case fn.Name() == "With" && (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi"):
			c := m.ctxOf(sel.X, depth+1)
			c.mws = append(c.mws, x.Args...)
			return c
		case fn.Name() == "Subrouter" && p == "github.com/gorilla/mux":
			return m.ctxOf(sel.X, depth+1)
		case fn.Name() == "PathPrefix" && p == "github.com/gorilla/mux" && len(x.Args) == 1:
			c := m.ctxOf(sel.X, depth+1)
			s, _ := m.constString(x.Args[0])
			c.prefix += s
			return c
		}
	}
	return routeCtx{}
}

// routeParam: v is the parameter of a literal passed to chi's Route or
// Group; returns the router it was called on and the prefix.
func (m *Model) routeParam(v *types.Var) (ast.Expr, string, bool) {
	r, ok := m.routeParams[v]
	if !ok {
		return nil, "", false
	}
	return r.parent, r.prefix, true
}

type routeParent struct {
	parent ast.Expr
	prefix string
}

// scanRouting records Use calls per router variable and chi Route/Group
// literals.
// wrapsRouter records a middleware of this package wrapped around a whole
// router, as in http.ListenAndServe(addr, verify(mux)): it applies to every
// route registered on that router.
func (m *Model) wrapsRouter(call *ast.CallExpr) {
	fn := m.calleeFunc(call)
	if fn == nil || m.decls[fn] == nil {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
		return
	}
	for _, a := range call.Args {
		id, ok := ast.Unparen(a).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := m.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || !routerType(v.Type()) {
			continue
		}
		m.uses[v] = append(m.uses[v], call.Fun)
	}
}

func routerType(t types.Type) bool {
	return namedIs(t, httpPkgs, "ServeMux") || namedIs(t, []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi"}, "Mux") ||
		namedIs(t, []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi"}, "Router") ||
		namedIs(t, []string{"github.com/gorilla/mux"}, "Router")
}

func (m *Model) scanRouting() {
	m.uses = map[*types.Var][]ast.Expr{}
	m.routeParams = map[*types.Var]routeParent{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			m.wrapsRouter(call)
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			fn := m.calleeFunc(call)
			p := pkgOf(fn)
			if fn == nil || !(p == ginPkgs[0] || contains(echoPkgs, p) || contains(fiberPkgs, p) ||
				p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi" || p == "github.com/gorilla/mux") {
				return true
			}
			switch fn.Name() {
			case "Use":
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok {
						for _, a := range call.Args {
							// fiber's Use takes a path prefix too
							if t := m.pass.TypesInfo.TypeOf(a); t != nil {
								if _, isFunc := t.Underlying().(*types.Signature); isFunc {
									m.uses[v] = append(m.uses[v], a)
								}
							}
						}
					}
				}
			case "Route", "Group":
				if p != "github.com/go-chi/chi/v5" && p != "github.com/go-chi/chi" {
					return true
				}
				prefix := ""
				if fn.Name() == "Route" && len(call.Args) == 2 {
					prefix, _ = m.constString(call.Args[0])
				}
				if len(call.Args) == 0 {
					return true
				}
				if lit, ok := call.Args[len(call.Args)-1].(*ast.FuncLit); ok && len(lit.Type.Params.List) == 1 && len(lit.Type.Params.List[0].Names) == 1 {
					if v, ok := m.pass.TypesInfo.Defs[lit.Type.Params.List[0].Names[0]].(*types.Var); ok {
						m.routeParams[v] = routeParent{parent: sel.X, prefix: prefix}
					}
				}
			}
			return true
		})
	}
}

func (m *Model) findHandlers() {
	m.scanRouting()
	byNode := map[ast.Node]*Handler{}
	var order []ast.Node
	add := func(node ast.Node, name string) *Handler {
		if h := byNode[node]; h != nil {
			if h.Name == "" {
				h.Name = name
			}
			return h
		}
		var sig *types.Signature
		var body *ast.BlockStmt
		var obj *types.Func
		switch n := node.(type) {
		case *ast.FuncDecl:
			obj, _ = m.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if obj != nil {
				sig, _ = obj.Type().(*types.Signature)
				name = funcName(obj)
			}
			body = n.Body
		case *ast.FuncLit:
			sig, _ = m.pass.TypesInfo.TypeOf(n).(*types.Signature)
			body = n.Body
		}
		fw := shape(sig)
		if fw == 0 || body == nil {
			return nil
		}
		h := &Handler{Node: node, Body: body, Func: obj, Name: name, Framework: fw, Fn: m.fnOf[node],
			File: m.pass.Fset.Position(node.Pos()).Filename}
		byNode[node] = h
		order = append(order, node)
		return h
	}

	// Functions referenced outside tests: a handler-shaped function that is
	// called directly (a helper of another handler) or stored somewhere
	// (a dispatch table) is wired in a way this model does not follow.
	referenced := map[*types.Func]bool{}
	for id, obj := range m.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && !strings.HasSuffix(m.pass.Fset.Position(id.Pos()).Filename, "_test.go") {
			referenced[fn] = true
		}
	}
	middleware := map[ast.Node]bool{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			reg, ok := m.registration(call)
			if !ok || len(reg.handlers) == 0 {
				return true
			}
			var recv ast.Expr
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				recv = sel.X
			}
			c := m.ctxOf(recv, 0)
			route := &Route{Call: call, Method: reg.method, Path: c.prefix + reg.path}
			mwExprs := append(append([]ast.Expr{}, c.mws...), reg.handlers[:len(reg.handlers)-1]...)
			mwExprs = append(mwExprs, reg.mws...)
			for _, e := range mwExprs {
				r := m.resolve(e, 0)
				if r.node != nil {
					route.Middleware = append(route.Middleware, r.node)
					middleware[r.node] = true
				} else {
					fn, _ := typeutil.Callee(m.pass.TypesInfo, asCall(e)).(*types.Func)
					if fn == nil {
						fn = m.funcObj(e)
					}
					route.External = append(route.External, fn)
				}
			}
			hexpr := reg.handlers[len(reg.handlers)-1]
			r := m.resolve(hexpr, 0)
			route.Middleware = append(route.Middleware, r.mws...)
			route.External = append(route.External, r.external...)
			if r.node == nil {
				m.noteMount(route, recv, hexpr, r.ext) // a handler of another package
				return true
			}
			if h := add(r.node, r.name); h != nil {
				h.Routes = append(h.Routes, route)
			}
			return true
		})
	}
	// Route tables: {"POST", "/webhooks/stripe", h.Stripe} or
	// map[string]http.HandlerFunc{"/checkout/success": success}.
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if path, ok := m.constString(kv.Key); ok && strings.HasPrefix(path, "/") && handlerType(m.pass.TypesInfo.TypeOf(kv.Value)) {
						if r := m.resolve(kv.Value, 0); r.node != nil {
							if h := add(r.node, r.name); h != nil {
								h.Routes = append(h.Routes, &Route{Path: path, Middleware: r.mws, External: r.external})
							}
						}
					}
				}
			}
			var path, method string
			var hexpr ast.Expr
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					e = kv.Value
				}
				if s, ok := m.constString(e); ok {
					if strings.HasPrefix(s, "/") {
						path = s
					} else if v, ok := httpVerbs[s]; ok {
						method = v
					}
					continue
				}
				if handlerType(m.pass.TypesInfo.TypeOf(e)) {
					hexpr = e
				}
			}
			if path != "" && hexpr != nil {
				if r := m.resolve(hexpr, 0); r.node != nil {
					if h := add(r.node, r.name); h != nil {
						h.Routes = append(h.Routes, &Route{Method: method, Path: path, Middleware: r.mws, External: r.external})
					}
				}
			}
			return true
		})
	}
	// Handler-shaped declarations and factory literals not registered here.
	for _, f := range m.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := m.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			sig, _ := obj.Type().(*types.Signature)
			if shape(sig) != 0 {
				if !referenced[obj] && !middleware[fd] {
					add(fd, "")
				}
				continue
			}
			if sig == nil || sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
				continue
			}
			hasHandlerParam := false
			for i := 0; i < sig.Params().Len(); i++ {
				if handlerType(sig.Params().At(i).Type()) {
					hasHandlerParam = true
				}
			}
			if hasHandlerParam {
				continue // middleware
			}
			if lit := m.returnedLit(fd, 0); lit != nil && !middleware[lit] {
				add(lit, funcName(obj))
			}
		}
	}
	for _, node := range order {
		h := byNode[node]
		if middleware[node] && len(h.Routes) == 0 {
			continue
		}
		m.reads(h)
		h.CallsVerifier = h.Fn != nil && m.callsSigVerifier(h.Fn)
		h.BodyEvent = m.bodyEvent(h)
		if h.BodyEvent == "" {
			h.BodyEvent = m.bodyClass(h) // a routed handler known by its body (bodyclass.go)
		}
		m.Handlers = append(m.Handlers, h)
	}
}

func asCall(e ast.Expr) *ast.CallExpr {
	c, _ := ast.Unparen(e).(*ast.CallExpr)
	if c == nil {
		return &ast.CallExpr{Fun: e}
	}
	return c
}

func (m *Model) funcObj(e ast.Expr) *types.Func {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		f, _ := m.pass.TypesInfo.Uses[x].(*types.Func)
		return f
	case *ast.SelectorExpr:
		f, _ := m.pass.TypesInfo.Uses[x.Sel].(*types.Func)
		return f
	}
	return nil
}

// reads records the parameter and header reads in h's body.
func (m *Model) reads(h *Handler) {
	ast.Inspect(h.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if r := m.readOf(x); r != nil {
				if r.Source == "header" {
					h.Headers = append(h.Headers, r)
				} else {
					h.Params = append(h.Params, r)
				}
			}
			h.Params = append(h.Params, m.boundReads(x, h.Body)...) // httpx.Parse(r, &req): req.Result
		case *ast.IndexExpr:
			// mux.Vars(r)["id"], r.Header["Stripe-Signature"]
			if call, ok := ast.Unparen(x.X).(*ast.CallExpr); ok {
				if fn := m.calleeFunc(call); fn != nil && pkgOf(fn) == "github.com/gorilla/mux" && fn.Name() == "Vars" {
					if s, ok := m.constString(x.Index); ok {
						h.Params = append(h.Params, &Read{Call: call, Name: s, Source: "path"})
					}
				}
			}
			if namedIs(m.pass.TypesInfo.TypeOf(x.X), httpPkgs, "Header") {
				if s, ok := m.constString(x.Index); ok {
					h.Headers = append(h.Headers, &Read{Name: s, Source: "header"})
				}
			}
		}
		return true
	})
}

// readOf returns the request parameter or header read by call, or nil.
func (m *Model) readOf(call *ast.CallExpr) *Read {
	fn := m.calleeFunc(call)
	if fn == nil {
		return nil
	}
	p, name := pkgOf(fn), fn.Name()
	arg := func(i int) (string, bool) {
		if i < len(call.Args) {
			return m.constString(call.Args[i])
		}
		return "", false
	}
	src := ""
	idx := 0
	sig, _ := fn.Type().(*types.Signature)
	var recv types.Type
	if sig != nil && sig.Recv() != nil {
		recv = sig.Recv().Type()
	}
	switch {
	case p == "net/url" && name == "Get" && namedIs(recv, []string{"net/url"}, "Values"):
		src = "query"
	case p == "net/http" && (name == "FormValue" || name == "PostFormValue"):
		src = "form"
	case p == "net/http" && name == "PathValue":
		src = "path"
	case p == "net/http" && (name == "Get" || name == "Values") && namedIs(recv, httpPkgs, "Header"):
		src = "header"
	case (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi") && name == "URLParam":
		src, idx = "path", 1
	case p == ginPkgs[0]:
		switch name {
		case "Query", "DefaultQuery", "GetQuery":
			src = "query"
		case "PostForm", "DefaultPostForm", "GetPostForm":
			src = "form"
		case "Param":
			src = "path"
		case "GetHeader":
			src = "header"
		}
	case contains(echoPkgs, p):
		switch name {
		case "QueryParam":
			src = "query"
		case "FormValue":
			src = "form"
		case "Param":
			src = "path"
		}
	case contains(fiberPkgs, p):
		switch name {
		case "Query":
			src = "query"
		case "FormValue":
			src = "form"
		case "Params":
			src = "path"
		case "Get", "GetReqHeaders":
			src = "header"
		}
	}
	if src == "" && !knownByName(p) {
		src = structuralRead(name, recv)
	}
	if src == "" && recv != nil {
		src = m.argsRead(call, fn, recv) // ctx.QueryArgs().Peek(k) (binders.go)
	}
	if src == "" {
		return nil
	}
	s, ok := arg(idx)
	if !ok {
		return nil
	}
	return &Read{Call: call, Name: s, Source: src}
}

// knownByName: the packages whose reads readOf knows by name; iris,
// beego, hertz, fasthttp and go-zero contexts are read by their shape.
func knownByName(p string) bool {
	for _, f := range []string{"net/http", "net/url", "github.com/gin-gonic/", "github.com/labstack/echo",
		"github.com/gofiber/", "github.com/go-chi/", "github.com/gorilla/", "github.com/julienschmidt/httprouter"} {
		if p == f || strings.HasPrefix(p, f) {
			return true
		}
	}
	return false
}

// resolveApplied resolves a middleware a factory returns, applied to the
// handler where it is made: mw.Signed(secret)(h). The factory is the
// route's middleware (its MiddlewareFact, or its literal in this package).
func (m *Model) resolveApplied(x *ast.CallExpr, depth int) resolved {
	fac, ok := ast.Unparen(x.Fun).(*ast.CallExpr)
	if !ok || len(x.Args) != 1 || !handlerType(m.pass.TypesInfo.TypeOf(x.Args[0])) {
		return resolved{opaque: true}
	}
	r := m.resolve(x.Args[0], depth+1)
	if mr := m.resolve(fac, depth+1); mr.node != nil {
		r.mws = append([]ast.Node{mr.node}, r.mws...)
	} else {
		r.external = append([]*types.Func{m.calleeFunc(fac)}, r.external...)
	}
	return r
}
