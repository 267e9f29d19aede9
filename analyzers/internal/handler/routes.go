package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

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
			reg := &registration{path: str(0), handlers: a[1:2]}
			m.gorillaMethod(call, sel.X, reg) // rt_gorilla.go
			return reg, true
		}
	case p == "github.com/gorilla/mux" && (name == "HandlerFunc" || name == "Handler") && len(a) == 1:
		// r.Methods("POST").Path("/webhook").HandlerFunc(h)
		reg := &registration{handlers: a[0:1]}
		sel, _ := call.Fun.(*ast.SelectorExpr)
		var root ast.Expr // the router the chain starts from
		for depth := 0; sel != nil && depth < 8; depth++ {
			inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok {
				root = sel.X
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
				if reg.method == "" {
					reg.method = m.methodsOf(inner.Args)
				}
			}
			sel, _ = inner.Fun.(*ast.SelectorExpr)
		}
		m.gorillaMethod(call, root, reg)
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

// routeCtx is the path prefix and middleware a router value carries.
type routeCtx struct {
	prefix   string
	mws      []ast.Expr
	opaqueMW bool
	method   string // a gorilla subrouter's Methods matcher (rt_gorilla.go)
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
		case fn.Name() == "Use" && (p == ginPkgs[0] || contains(fiberPkgs, p)):
			// gin's and fiber's Use return the group they were called on:
			// hooks := r.Group("/webhooks").Use(verify).
			c := m.ctxOf(sel.X, depth+1)
			c.mws = append(c.mws, m.funcArgs(x.Args)...)
			return c
		case fn.Name() == "With" && (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi"):
			c := m.ctxOf(sel.X, depth+1)
			c.mws = append(c.mws, x.Args...)
			return c
		case fn.Name() == "Subrouter" && p == "github.com/gorilla/mux":
			return m.ctxOf(sel.X, depth+1)
		case fn.Name() == "Methods" && p == "github.com/gorilla/mux":
			c := m.ctxOf(sel.X, depth+1)
			c.method = m.methodsOf(x.Args)
			return c
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
						m.uses[v] = append(m.uses[v], m.funcArgs(call.Args)...)
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
	m.callerRouters() // routerparam.go: a routes function handed its router by one caller
}

// eachRegistration calls visit for every route registration of the
// package's files that names at least one handler, with the receiver it
// is registered on (nil for a package-level function such as
// http.HandleFunc). The registrations are found by one walk of the files,
// on first use (thirteen parts of the model ask, and each used to walk
// the whole package again); a registration is a function of the syntax
// and types alone, so the list is the same whenever it is asked for.
func (m *Model) eachRegistration(visit func(call *ast.CallExpr, reg *registration, recv ast.Expr)) {
	for _, r := range m.registrations() {
		visit(r.call, r.reg, r.recv)
	}
}

// foundRegistration is one route registration of the package.
type foundRegistration struct {
	call *ast.CallExpr
	reg  *registration
	recv ast.Expr
}

// registrations lists the package's route registrations in source order
// (eachRegistration), found once per pass.
func (m *Model) registrations() []foundRegistration {
	m.regs.once.Do(func() {
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
				m.regs.list = append(m.regs.list, foundRegistration{call, reg, recv})
				return true
			})
		}
	})
	return m.regs.list
}

// funcArgs are the arguments of a Use call that are functions (fiber's
// Use takes a path prefix too).
func (m *Model) funcArgs(args []ast.Expr) []ast.Expr {
	var out []ast.Expr
	for _, a := range args {
		if t := m.pass.TypesInfo.TypeOf(a); t != nil {
			if _, isFunc := t.Underlying().(*types.Signature); isFunc {
				out = append(out, a)
			}
		}
	}
	return out
}
