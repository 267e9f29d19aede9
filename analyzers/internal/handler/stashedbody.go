package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a body a middleware read and handed on through the request context ---------
//
// A signing middleware must read the raw body to check its HMAC, and some
// hand the bytes on instead of putting them back: c.Set(rawBodyKey, body)
// in gin, context.WithValue(r.Context(), bodyKey{}, body) in net/http,
// c.Locals(k, body) in fiber. The handler behind it then decodes
// c.MustGet(rawBodyKey).([]byte) and never touches the request's body
// itself, so readsBody said it reads none: the handler was no webhook by
// its body, and its package judged it alone (by its name) instead of
// leaving it to the route that mounts it, where the verifying middleware
// sits (r.Group("/hooks/square", hooks.RequireSignature())).
//
// What the handler reads is the request body when every store of that key
// in this package (the only code that names it, outside tests) stores the
// body read from a request. A key some store fills with anything else (a
// user id, a tenant) says nothing. Whether the middleware that stored it
// verified is still the mount's question: a body stashed by a logging
// middleware and mounted open is reported at the mount.

// stashedBodyRead: call reads a request-context value whose key this
// package only ever fills with the request's raw body.
func (m *Model) stashedBodyRead(call *ast.CallExpr) bool {
	key, ok := m.contextRead(call)
	if !ok {
		return false
	}
	if m.stash == nil {
		m.stash = m.stashes()
	}
	return m.stash[key]
}

// stashes scans the package once: for each context key stored outside
// tests, whether every store holds the raw body.
func (m *Model) stashes() map[whaKey]bool {
	out := map[whaKey]bool{}
	for _, f := range m.pass.Files {
		if m.inTestFile(f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if c, isCall := n.(*ast.CallExpr); isCall {
				if k, v, ok := m.contextStore(c); ok {
					body, seen := out[k]
					out[k] = (body || !seen) && m.bodyValue(v, 0)
				}
			}
			return true
		})
	}
	return out
}

// whaKey identifies a context key: a constant by its type and value (gin
// compares keys by value, so a const and the same literal are one key), a
// package-level variable by its object, a zero-size struct key by its type.
type whaKey struct {
	obj types.Object
	s   string
}

func (m *Model) whaKeyOf(e ast.Expr) (whaKey, bool) {
	e = ast.Unparen(e)
	tv, ok := m.pass.TypesInfo.Types[e]
	if !ok {
		return whaKey{}, false
	}
	if tv.Value != nil {
		return whaKey{s: types.TypeString(types.Default(tv.Type), nil) + ":" + tv.Value.ExactString()}, true
	}
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.CompositeLit:
		if st, ok := tv.Type.Underlying().(*types.Struct); ok && st.NumFields() == 0 {
			return whaKey{s: "T:" + types.TypeString(tv.Type, nil)}, true
		}
		return whaKey{}, false
	}
	if id == nil {
		return whaKey{}, false
	}
	if v, ok := m.pass.TypesInfo.ObjectOf(id).(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		return whaKey{obj: v}, true
	}
	return whaKey{}, false
}

// contextRead: call reads a value of the request's context (gin
// MustGet, Get, Value; echo Get; fiber Locals with a key only;
// context.Context's Value) under a key whaKeyOf identifies.
func (m *Model) contextRead(call *ast.CallExpr) (whaKey, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 {
		return whaKey{}, false
	}
	t := m.pass.TypesInfo.TypeOf(sel.X)
	name := sel.Sel.Name
	switch {
	case namedIs(t, ginPkgs, "Context") && (name == "MustGet" || name == "Get" || name == "Value"),
		namedIs(t, echoPkgs, "Context") && name == "Get",
		namedIs(t, fiberPkgs, "Ctx") && name == "Locals",
		namedIs(t, []string{"context"}, "Context") && name == "Value":
		return m.whaKeyOf(call.Args[0])
	}
	return whaKey{}, false
}

// contextStore: call stores v under a key in the request's context
// (gin and echo Set, fiber Locals with a value, context.WithValue).
func (m *Model) contextStore(call *ast.CallExpr) (whaKey, ast.Expr, bool) {
	var k, v ast.Expr
	if fn := m.calleeFunc(call); fn != nil && pkgOf(fn) == "context" && fn.Name() == "WithValue" && len(call.Args) == 3 {
		k, v = call.Args[1], call.Args[2]
	} else if sel, ok := call.Fun.(*ast.SelectorExpr); ok && len(call.Args) == 2 {
		t := m.pass.TypesInfo.TypeOf(sel.X)
		switch name := sel.Sel.Name; {
		case (namedIs(t, ginPkgs, "Context") || namedIs(t, echoPkgs, "Context")) && name == "Set",
			namedIs(t, fiberPkgs, "Ctx") && name == "Locals":
			k, v = call.Args[0], call.Args[1]
		}
	}
	if k == nil {
		return whaKey{}, nil, false
	}
	key, ok := m.whaKeyOf(k)
	return key, v, ok
}

// bodyValue: e is the request's body as read (c.GetRawData(),
// io.ReadAll(r.Body), fiber's c.Body()), or a conversion of it, or a
// local variable every assignment of which is one.
func (m *Model) bodyValue(e ast.Expr, depth int) bool {
	if depth > 3 || e == nil {
		return false
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := m.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return m.bodyValue(x.Args[0], depth+1) // string(body), []byte(s)
		}
		return m.readsBodyExpr(x)
	case *ast.Ident:
		v, ok := m.pass.TypesInfo.ObjectOf(x).(*types.Var)
		if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return false
		}
		return m.assignedBody(v, depth)
	}
	return false
}

// assignedBody: the local v is assigned at least once, and every value
// it is given is the request's body.
func (m *Model) assignedBody(v *types.Var, depth int) bool {
	n, ok := 0, true
	check := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, l := range lhs {
			id, isID := ast.Unparen(l).(*ast.Ident)
			if !isID || m.pass.TypesInfo.ObjectOf(id) != v {
				continue
			}
			var r ast.Expr
			switch {
			case len(rhs) == len(lhs):
				r = rhs[i]
			case len(rhs) == 1 && i == 0:
				r = rhs[0] // body, err := io.ReadAll(r.Body)
			}
			n++
			ok = ok && m.bodyValue(r, depth+1)
		}
	}
	for _, f := range m.pass.Files {
		if f.Pos() > v.Pos() || v.Pos() > f.End() {
			continue
		}
		ast.Inspect(f, func(nd ast.Node) bool {
			switch x := nd.(type) {
			case *ast.AssignStmt:
				check(x.Lhs, x.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(x.Names))
				for i, id := range x.Names {
					lhs[i] = id
				}
				if len(x.Values) > 0 {
					check(lhs, x.Values)
				}
			case *ast.UnaryExpr:
				if id, isID := ast.Unparen(x.X).(*ast.Ident); isID && m.pass.TypesInfo.ObjectOf(id) == v {
					ok = false // &body handed somewhere that may fill it
				}
			}
			return ok
		})
	}
	return n > 0 && ok
}

// readsBodyExpr: e reads the request's body, as readsBody sees it in
// a handler (r.Body, c.GetRawData(), a binder of the request context),
// or fiber's c.Body(), without following context reads or helpers again.
func (m *Model) readsBodyExpr(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			if x.Sel.Name == "Body" && namedIs(m.pass.TypesInfo.TypeOf(x.X), httpPkgs, "Request") {
				found = true
			}
		case *ast.CallExpr:
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok && (bodyDecoders[sel.Sel.Name] || len(x.Args) == 0 &&
				(sel.Sel.Name == "GetRawData" || sel.Sel.Name == "PostBody" || sel.Sel.Name == "Body" && strings.HasPrefix(pkgPath(m.pass.TypesInfo.TypeOf(sel.X)), "github.com/gofiber/"))) {
				found = found || m.onRequestCtx(sel.X)
			}
		}
		return !found
	})
	return found
}

// pkgPath is the package of a (pointer to a) named type, or "".
func pkgPath(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path()
	}
	return ""
}
