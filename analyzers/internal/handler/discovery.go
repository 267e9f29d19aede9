package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
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
		if fw == 0 && (m.inHouse(node) || m.adapted[node]) { // dispatch.go: the app's own handler type, routed by hand; adapter.go
			fw = NetHTTP
		}
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
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		c := m.ctxOf(recv, 0)
		route := &Route{Call: call, Method: reg.method, Path: c.prefix + reg.path}
		mwExprs := append(append(m.beegoScope(call, recv, route), c.mws...), reg.handlers[:len(reg.handlers)-1]...) // rt_beego.go: filters, namespaces
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
			return
		}
		if h := add(r.node, r.name); h != nil {
			h.Routes = append(h.Routes, route)
		}
	})
	for _, d := range m.dispatches() { // dispatch.go: an if-chain or switch on r.URL.Path
		if h := add(d.node, d.name); h != nil {
			h.Routes = append(h.Routes, d.route)
		}
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
	for _, d := range funcs.Of(m.pass).Bodies() {
		fd, obj := d.Syntax, d.Func
		sig, _ := obj.Type().(*types.Signature)
		if shape(sig) != 0 {
			if !referenced[obj] && !middleware[fd] && !m.adapterMethod(obj) {
				add(fd, "")
			}
			continue
		}
		if !referenced[obj] && m.servedByAdapter(sig) { // mounted through the package's adapter elsewhere: adapter.go
			m.markAdapted(fd)
			add(fd, "")
			continue
		}
		if m.adapterParam(obj) >= 0 {
			continue // an adapter: its literal only turns the error into the answer
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
	for _, node := range order {
		h := byNode[node]
		if middleware[node] && len(h.Routes) == 0 {
			continue
		}
		h.paidWord = m.paidWordOf // paidword.go
		m.reads(h)
		h.CallsVerifier = h.Fn != nil && m.callsSigVerifier(h.Fn, browserPage(h))
		h.Login = m.loginOf(h) // login.go: a user's login or an OAuth redirect verifies no provider
		h.BodyEvent = m.bodyEvent(h)
		if h.BodyEvent == "" {
			h.BodyEvent = m.bodyClass(h) // a routed handler known by its body (bodyclass.go)
		}
		if h.BodyEvent == "" {
			h.BodyEvent = m.queryNotice(h) // a notification sent as a GET (querynotice.go)
		}
		if ok, _ := h.Webhook(); !ok && h.BodyEvent == "" {
			h.BodyEvent = m.noticeBody(h) // a provider's notification by its fields (notice.go)
		}
		if ok, _ := h.Webhook(); !ok && h.BodyEvent == "" && m.deployedRoutes(h) > 0 {
			h.BodyEvent = m.postedPaidState(h) // the posted body decides the payment's state (postedpaid.go)
		}
		m.Handlers = append(m.Handlers, h)
	}
	// A callback of a signed family served outside its verifying group
	// (signedfamily.go), once the package's handlers are all known.
	for _, h := range m.Handlers {
		if ok, _ := h.Webhook(); !ok && h.BodyEvent == "" {
			h.BodyEvent = m.signedFamily(h)
		}
	}
	// Event handlers a provider SDK calls after verifying (cls_sdkfed.go).
	m.Handlers = append(m.Handlers, m.sdkFedHandlers(byNode)...)
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
