package handler

import (
	"go/ast"
	"go/types"
)

// ---- error-returning handlers served through an adapter ---------------------
//
// Many apps write their handlers as func(w http.ResponseWriter, r
// *http.Request) error and mount each through an adapter of their own
// that turns the error into the answer:
//
//	func Make(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
//		return func(w http.ResponseWriter, r *http.Request) {
//			if err := h(w, r); err != nil {
//				http.Error(w, err.Error(), http.StatusBadRequest)
//			}
//		}
//	}
//	mux.HandleFunc("/checkout-wh", Make(handleCheckoutWebhook))
//
// The literal the adapter returns only translates the error; the function
// handed in serves the route: it reads the request, acts and answers
// through the same ResponseWriter. So the wrapped function is the
// endpoint (a net/http handler on the adapter's route), and the adapter's
// literal is none. An adapter is recognised by what it does, whatever its
// name: one parameter of the error-returning shape, a handler returned
// (http.HandlerFunc, http.Handler, a func(w, r)), and that literal calling
// the parameter with the very writer and request it was handed. In the
// package that declares such an adapter, a declaration of the parameter's
// type referenced nowhere in it is served through the adapter from
// another package (routes in main), like any unreferenced handler.

// errHandlerShape: func(http.ResponseWriter, *http.Request) error.
func errHandlerShape(t types.Type) bool {
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	ps, rs := sig.Params(), sig.Results()
	return ps.Len() == 2 && rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType) &&
		namedIs(ps.At(0).Type(), httpPkgs, "ResponseWriter") &&
		namedIs(ps.At(1).Type(), httpPkgs, "Request") && isPtr(ps.At(1).Type())
}

// adapterParam: fn, declared in this package, is an adapter of
// error-returning handlers; the index of the parameter it serves, or -1.
func (m *Model) adapterParam(fn *types.Func) int {
	if fn == nil {
		return -1
	}
	if i, ok := m.adapters[fn]; ok {
		return i
	}
	if m.adapters == nil {
		m.adapters = map[*types.Func]int{}
	}
	m.adapters[fn] = -1
	i := m.findAdapterParam(fn)
	m.adapters[fn] = i
	return i
}

func (m *Model) findAdapterParam(fn *types.Func) int {
	fd, _ := m.funcNode(fn).(*ast.FuncDecl)
	sig, _ := fn.Type().(*types.Signature)
	if fd == nil || sig == nil || sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
		return -1
	}
	idx := -1
	for i := 0; i < sig.Params().Len(); i++ {
		if errHandlerShape(sig.Params().At(i).Type()) {
			if idx >= 0 {
				return -1 // two handlers handed in: a chooser, not an adapter
			}
			idx = i
		}
	}
	if idx < 0 {
		return -1
	}
	param := sig.Params().At(idx)
	lit := m.returnedLit(fd, 0)
	if lit == nil {
		return -1
	}
	ls, _ := m.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	if ls == nil || shape(ls) != NetHTTP {
		return -1
	}
	if !m.callsWith(lit.Body, param, ls.Params().At(0), ls.Params().At(1)) {
		return -1
	}
	return idx
}

// callsWith: body calls fn with the writer w and the request r.
func (m *Model) callsWith(body *ast.BlockStmt, fn, w, r *types.Var) bool {
	calls := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || calls || len(call.Args) != 2 {
			return !calls
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || m.pass.TypesInfo.Uses[id] != fn {
			return true
		}
		aw, _ := ast.Unparen(call.Args[0]).(*ast.Ident)
		ar, _ := ast.Unparen(call.Args[1]).(*ast.Ident)
		calls = aw != nil && ar != nil && m.pass.TypesInfo.Uses[aw] == w && m.pass.TypesInfo.Uses[ar] == r
		return !calls
	})
	return calls
}

// adapterType: t, a named type of the error-returning shape, serves its
// value through a ServeHTTP method declared here that calls the receiver
// with its writer and request (the appHandler of "Error handling and
// Go": mux.Handle("/hook", appHandler(handleHook))).
func (m *Model) adapterType(t types.Type) bool {
	if !errHandlerShape(t) {
		return false
	}
	sh := m.serveHTTP(t)
	if sh == nil || sh.Recv == nil || len(sh.Recv.List) != 1 || len(sh.Recv.List[0].Names) != 1 {
		return false
	}
	obj, _ := m.pass.TypesInfo.Defs[sh.Name].(*types.Func)
	if obj == nil {
		return false
	}
	sig := obj.Type().(*types.Signature)
	if shape(sig) != NetHTTP {
		return false
	}
	recv, _ := m.pass.TypesInfo.Defs[sh.Recv.List[0].Names[0]].(*types.Var)
	return recv != nil && m.callsWith(sh.Body, recv, sig.Params().At(0), sig.Params().At(1))
}

// markAdapted notes node as a handler served through an adapter.
func (m *Model) markAdapted(node ast.Node) {
	if node == nil {
		return
	}
	if m.adapted == nil {
		m.adapted = map[ast.Node]bool{}
	}
	m.adapted[node] = true
}

// adaptedTypes lists the parameter types of the package's adapters.
func (m *Model) adaptedTypes() []types.Type {
	if m.adaptedDone {
		return m.adaptedTs
	}
	m.adaptedDone = true
	for fn := range m.decls {
		if i := m.adapterParam(fn); i >= 0 {
			sig := fn.Type().(*types.Signature)
			m.adaptedTs = append(m.adaptedTs, sig.Params().At(i).Type())
		}
	}
	return m.adaptedTs
}

// servedByAdapter: sig is of a type one of the package's adapters serves.
func (m *Model) servedByAdapter(sig *types.Signature) bool {
	if sig == nil || !errHandlerShape(sig) {
		return false
	}
	for _, t := range m.adaptedTypes() {
		if types.Identical(t.Underlying(), sig) {
			return true
		}
	}
	return false
}

// adapterMethod: fn is the ServeHTTP of an adapter type (appHandler's):
// it only turns the error into the answer, and serves no route itself.
func (m *Model) adapterMethod(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if fn.Name() != "ServeHTTP" || sig == nil || sig.Recv() == nil {
		return false
	}
	return m.adapterType(sig.Recv().Type())
}
