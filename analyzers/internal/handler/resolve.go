package handler

import (
	"go/ast"
	"go/types"
)

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
			r := m.resolve(x.Args[0], depth+1) // http.HandlerFunc(f)
			if m.adapterType(tv.Type) {
				m.markAdapted(r.node) // appHandler(f): adapter.go
			}
			return r
		}
		fn := m.calleeFunc(x)
		if fn == nil {
			return m.resolveApplied(x, depth)
		}
		if i := m.adapterParam(fn); i >= 0 && i < len(x.Args) { // Make(handleWebhook): adapter.go
			r := m.resolve(x.Args[i], depth+1)
			m.markAdapted(r.node)
			return r
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

// resolveApplied resolves a middleware a factory returns, applied to the
// handler where it is made: mw.Signed(secret)(h). The factory is the
// route's middleware (its MiddlewareFact, or its literal in this package).
func (m *Model) resolveApplied(x *ast.CallExpr, depth int) resolved {
	fac, ok := ast.Unparen(x.Fun).(*ast.CallExpr)
	if !ok {
		fac = m.heldFactory(x.Fun) // signed := sig.Require(secret); signed(h): heldmiddleware.go
		ok = fac != nil
	}
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
