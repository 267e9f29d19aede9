package handler

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- k22: a hand-written router's branches on r.URL.Path are routes ---------
//
// Some servers route without a router: one net/http handler compares the
// request's path (and method) in an if-chain or a switch and hands the
// writer and the request on to the function serving that path:
//
//	} else if r.Method == http.MethodPost && r.URL.Path == billingHookPath {
//		return s.needBilling(s.needStore(s.billingHook))(w, r, v)
//
// Often that function is of the app's own handler type, the request
// plus whatever the server resolved first (a visitor, a user) and an
// error the dispatcher turns into the answer: func(w, r, v) error. Such
// a function is not of a shape the model knows and is referenced, not
// registered, so it was no handler at all, and whatever it did before
// answering went unjudged. The branch says what a router would: the
// method and path, the wrappers around the target (mw(next) of the same
// func type), and the target. The target is a handler on that route,
// judged as a net/http one (it answers through the same ResponseWriter).
// Only a comparison of the request's own URL.Path with a constant path
// makes a route; a regexp or prefix match names no path, and the branch
// must hand on the very writer and request it tested.

// route is one branch of a hand-written router: the function serving
// it (a FuncDecl or FuncLit of this package), its name and the route.
type route struct {
	node  ast.Node
	name  string
	route *Route
}

// k22State caches the package's hand-written routes.
type k22State struct {
	done    bool
	routes  []route
	targets map[ast.Node]bool
}

// dispatches lists the routes of the package's hand-written routers.
func (m *Model) dispatches() []route {
	if m.k22.done {
		return m.k22.routes
	}
	m.k22.done, m.k22.targets = true, map[ast.Node]bool{}
	for _, f := range m.pass.Files {
		if m.inTestFile(f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.IfStmt:
				m.branch(x.Cond, nil, x.Body.List)
			case *ast.SwitchStmt:
				for _, s := range x.Body.List {
					if cc, ok := s.(*ast.CaseClause); ok && len(cc.List) == 1 {
						m.branch(cc.List[0], x.Tag, cc.Body)
					}
				}
			}
			return true
		})
	}
	return m.k22.routes
}

// inHouse: node is the target of a hand-written route, served as a
// net/http handler whatever else its signature takes.
func (m *Model) inHouse(node ast.Node) bool {
	m.dispatches()
	return m.k22.targets[node]
}

// branch records the route of one branch: cond (a case value when tag
// is the switch's tag) names the path, body hands the request on.
func (m *Model) branch(cond, tag ast.Expr, body []ast.Stmt) {
	var req *types.Var
	path, method := "", ""
	if tag != nil {
		req = m.pathOf(tag)
		path, _ = m.k22Const(cond)
	} else {
		for _, c := range conjuncts(cond) {
			b, ok := c.(*ast.BinaryExpr)
			if !ok || b.Op != token.EQL {
				continue
			}
			for _, side := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
				s, isConst := m.k22Const(side[1])
				if !isConst {
					continue
				}
				if v := m.pathOf(side[0]); v != nil && (req == nil || req == v) && path == "" {
					req, path = v, s
				} else if v := m.methodOf(side[0]); v != nil && httpVerbs[s] != "" {
					method = httpVerbs[s]
				}
			}
		}
	}
	if req == nil || len(path) < 2 || path[0] != '/' {
		return
	}
	call := m.handoff(body, req)
	if call == nil {
		return
	}
	node, name, mws := m.target(call.Fun, 0)
	if node == nil {
		return
	}
	m.k22.targets[node] = true
	m.k22.routes = append(m.k22.routes, route{node: node, name: name,
		route: &Route{Method: method, Path: path, Middleware: mws}})
}

// k22Const: e is a constant string, or a package variable initialised
// with one and never assigned again (var ( billingHookPath = "/v1/…" )).
func (m *Model) k22Const(e ast.Expr) (string, bool) {
	if s, ok := m.constString(e); ok {
		return s, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, _ := m.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.Parent() != m.pass.Pkg.Scope() {
		return "", false
	}
	if init := m.initOf(v); init != nil {
		return m.constString(init)
	}
	return "", false
}

// conjuncts splits a && b && c.
func conjuncts(e ast.Expr) []ast.Expr {
	if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.LAND {
		return append(conjuncts(b.X), conjuncts(b.Y)...)
	}
	return []ast.Expr{ast.Unparen(e)}
}

// pathOf: e is r.URL.Path of a request variable r; that variable.
func (m *Model) pathOf(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Path" {
		return nil
	}
	u, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || u.Sel.Name != "URL" {
		return nil
	}
	return m.request(u.X)
}

// methodOf: e is r.Method of a request variable r.
func (m *Model) methodOf(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Method" {
		return nil
	}
	return m.request(sel.X)
}

// request: e names a variable holding a *http.Request.
func (m *Model) request(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := m.pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || !namedIs(v.Type(), httpPkgs, "Request") || !isPtr(v.Type()) {
		return nil
	}
	return v
}

// handoff is the call of the branch handing the writer and req on:
// the one it returns (return h(w, r, v)), else the last made as a
// statement (setCORS(w, r); s.hook(w, r)): helpers come first.
func (m *Model) handoff(body []ast.Stmt, req *types.Var) *ast.CallExpr {
	var last *ast.CallExpr
	for _, s := range body {
		var e ast.Expr
		switch x := s.(type) {
		case *ast.ReturnStmt:
			if len(x.Results) == 1 {
				e = x.Results[0]
			}
		case *ast.ExprStmt:
			e = x.X
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || !m.handsOn(call, req) {
			continue
		}
		if _, ret := s.(*ast.ReturnStmt); ret {
			return call
		}
		last = call
	}
	return last
}

// handsOn: call passes a ResponseWriter and req first, and answers as
// a handler does.
func (m *Model) handsOn(call *ast.CallExpr, req *types.Var) bool {
	if len(call.Args) < 2 {
		return false
	}
	w, _ := ast.Unparen(call.Args[0]).(*ast.Ident)
	r, _ := ast.Unparen(call.Args[1]).(*ast.Ident)
	if w == nil || r == nil || m.pass.TypesInfo.Uses[r] != req ||
		!namedIs(m.pass.TypesInfo.TypeOf(w), httpPkgs, "ResponseWriter") {
		return false
	}
	t := m.pass.TypesInfo.TypeOf(call.Fun)
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && k22Answers(sig)
}

// k22Answers: a handler's results: none, or an error the dispatcher
// turns into the answer.
func k22Answers(sig *types.Signature) bool {
	rs := sig.Results()
	return rs.Len() == 0 || rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType)
}

// target resolves the function a branch calls: a function or method
// of this package, a literal, or wrappers mw(next) returning next's own
// func type around one (innermost last in mws).
func (m *Model) target(e ast.Expr, depth int) (ast.Node, string, []ast.Node) {
	if depth > 8 {
		return nil, "", nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return x, "", nil
	case *ast.Ident, *ast.SelectorExpr:
		if fn := m.funcObj(x); fn != nil {
			if node := m.funcNode(fn); node != nil {
				return node, funcName(fn), nil
			}
		}
	case *ast.CallExpr:
		if tv, ok := m.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return m.target(x.Args[0], depth+1) // http.HandlerFunc(f), handleFunc(f)
		}
		fn := m.calleeFunc(x)
		mw := m.funcNode(fn)
		rt := m.pass.TypesInfo.TypeOf(x)
		if mw == nil || rt == nil {
			return nil, "", nil
		}
		var inner ast.Expr
		for _, a := range x.Args {
			if at := m.pass.TypesInfo.TypeOf(a); at != nil && types.Identical(at.Underlying(), rt.Underlying()) {
				if inner != nil {
					return nil, "", nil // two handlers handed in: a chooser, not a wrapper
				}
				inner = a
			}
		}
		if inner == nil {
			return nil, "", nil
		}
		node, name, mws := m.target(inner, depth+1)
		if node == nil {
			return nil, "", nil
		}
		return node, name, append([]ast.Node{mw}, mws...)
	}
	return nil, "", nil
}
