package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a variable filled from the incoming request's body ----------------------
//
// The posted status (bodystatus.go) starts at a variable decoded from
// the request being served: a web framework's binder (c.BodyParser(&n),
// c.ShouldBindJSON(&n), c.Bind(&n)), json.NewDecoder(r.Body).Decode(&n),
// or json.Unmarshal of bytes read from r.Body or the context's raw body.
// A response body (resp.Body of a call to the provider) is not the
// request's: a status decoded from it was read back, and stays unjudged.

// bodyBinders decode the request's body into their last argument when
// called on a request context.
var bodyBinders = map[string]bool{
	"BodyParser": true, "ShouldBindJSON": true, "BindJSON": true, "ShouldBind": true, "Bind": true,
	"ShouldBindXML": true, "BindXML": true, "ReadJSON": true, "ReadXML": true, "BindAndValidate": true,
}

// decodedBody: v (or &v) is the last argument of a call decoding the
// incoming request's body.
func (t *trace) decodedBody(v *types.Var) bool {
	if r, ok := t.decoded[v]; ok {
		return r
	}
	if t.decoded == nil {
		t.decoded = map[*types.Var]bool{}
	}
	t.decoded[v] = false
	for _, c := range t.b.ix.argCalls[v] {
		last := c.Args[len(c.Args)-1]
		if isVarOrAddr(last) && t.b.ix.rootVar(last) == v && t.b.decodesRequest(c) {
			t.decoded[v] = true
			break
		}
	}
	return t.decoded[v]
}

// decodesRequest: c decodes the incoming request's body into its last
// argument.
func (b *builder) decodesRequest(c *ast.CallExpr) bool {
	fn := calleeOf(b.ix.info, c)
	if fn == nil {
		return false
	}
	sel, isSel := unparen(c.Fun).(*ast.SelectorExpr)
	switch {
	case fn.Name() == "Unmarshal" && !hasRecv(fn) && len(c.Args) == 2 && codec(funcPath(fn)):
		return b.requestBytes(c.Args[0], 0)
	case fn.Name() == "Decode" && hasRecv(fn) && isSel && len(c.Args) == 1 && codec(funcPath(fn)):
		return b.requestDecoder(sel.X, 0)
	case bodyBinders[fn.Name()] && hasRecv(fn) && isSel:
		return requestCtx(b.ix.info.TypeOf(sel.X))
	}
	return false
}

// codec: an encoding package (encoding/json, encoding/xml, a json
// library).
func codec(path string) bool {
	return strings.HasPrefix(path, "encoding/") || strings.Contains(path, "json")
}

// requestDecoder: e is a decoder reading the request's body
// (json.NewDecoder(r.Body), or a local holding one).
func (b *builder) requestDecoder(e ast.Expr, depth int) bool {
	if depth > l14MaxDepth {
		return false
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		return fn != nil && fn.Name() == "NewDecoder" && len(x.Args) == 1 && codec(funcPath(fn)) &&
			b.requestBytes(x.Args[0], depth+1)
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return false
		}
		for _, a := range b.ix.assigns[v] {
			if a.Index < 0 && b.requestDecoder(a.RHS, depth+1) {
				return true
			}
		}
	}
	return false
}

// requestBytes: e is the request's body, or bytes read from it.
func (b *builder) requestBytes(e ast.Expr, depth int) bool {
	if depth > l14MaxDepth {
		return false
	}
	switch x := unparen(e).(type) {
	case *ast.SelectorExpr: // r.Body, c.Request().Body
		return x.Sel.Name == "Body" && httpRequest(b.ix.info.TypeOf(x.X))
	case *ast.CallExpr:
		if tv, ok := b.ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.requestBytes(x.Args[0], depth+1) // []byte(s), string(raw)
		}
		fn := calleeOf(b.ix.info, x)
		if fn == nil {
			return false
		}
		switch path := funcPath(fn); {
		case !hasRecv(fn) && (path == "io" || path == "io/ioutil") && fn.Name() == "ReadAll" && len(x.Args) == 1:
			return b.requestBytes(x.Args[0], depth+1)
		case !hasRecv(fn) && path == "io" && fn.Name() == "LimitReader" && len(x.Args) == 2:
			return b.requestBytes(x.Args[0], depth+1)
		case !hasRecv(fn) && path == "net/http" && fn.Name() == "MaxBytesReader" && len(x.Args) == 3:
			return b.requestBytes(x.Args[1], depth+1)
		case hasRecv(fn):
			switch fn.Name() {
			case "Body", "GetRawData", "PostBody", "BodyRaw":
				sel, ok := unparen(x.Fun).(*ast.SelectorExpr)
				return ok && requestCtx(b.ix.info.TypeOf(sel.X))
			}
		}
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil || v.IsField() {
			return false
		}
		for _, a := range b.ix.assigns[v] {
			if a.Index <= 0 && b.requestBytes(a.RHS, depth+1) {
				return true // raw, err := io.ReadAll(r.Body): the first result
			}
		}
	}
	return false
}

// httpRequest: t is net/http's Request (or a pointer to it).
func httpRequest(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

// requestCtx: t is an incoming request or a web framework's request
// context (as servesRequest takes them).
func requestCtx(t types.Type) bool {
	if httpRequest(t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Name() {
	case "Context", "Ctx", "RequestCtx", "RequestContext":
		return webFrameworks.MatchString(n.Obj().Pkg().Path())
	}
	return false
}
