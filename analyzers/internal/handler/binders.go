package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- reads that are not a call with the parameter's name -------------------
//
// Two shapes of request read name the parameter somewhere else than in
// the accessor's argument:
//   - fasthttp (and hertz) hand out the query and the form as an Args
//     value: ctx.QueryArgs().Peek("redirect_status"), or
//     args := ctx.PostArgs(); args.Peek("result");
//   - a binder fills a struct from the request, and the parameter is
//     named by a field's tag: httpx.Parse(r, &req) with
//     Result string `form:"result"`, then req.Result == "success".

// argsRead: call is Peek on the query or post arguments of a request
// (fasthttp, hertz); returns "query" or "form", or "".
func (m *Model) argsRead(call *ast.CallExpr, fn *types.Func, recv types.Type) string {
	if fn.Name() != "Peek" || !frameworkPkg(pkgOf(fn)) || !namedIn(recv, "Args") {
		return ""
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	x := ast.Unparen(sel.X)
	if id, ok := x.(*ast.Ident); ok { // args := ctx.QueryArgs(); args.Peek(k)
		v, _ := m.pass.TypesInfo.Uses[id].(*types.Var)
		if v == nil {
			return ""
		}
		x = ast.Unparen(m.initOf(v))
	}
	inner, ok := x.(*ast.CallExpr)
	if !ok {
		return ""
	}
	src := m.calleeFunc(inner)
	if src == nil || !frameworkPkg(pkgOf(src)) {
		return ""
	}
	switch src.Name() {
	case "QueryArgs":
		return "query"
	case "PostArgs":
		return "form"
	}
	return ""
}

// namedIn: t (or what it points to) is a named type called name.
func namedIn(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == name
}

// binder is a function that fills a struct from the request: the index of
// the struct argument, and the source each tag key names.
type binder struct {
	arg  int
	tags []tagSource
}

// tagSource: a field tagged key is read from source.
type tagSource struct{ key, source string }

// binderOf returns the binder fn is, or nil. Only the query, form and path
// binders: a JSON body is not a redirect's parameter.
func binderOf(fn *types.Func) *binder {
	if fn == nil {
		return nil
	}
	p, name := pkgOf(fn), fn.Name()
	switch {
	case p == "github.com/zeromicro/go-zero/rest/httpx":
		switch name {
		case "Parse": // path, form (query or form body), headers and JSON body
			return &binder{arg: 1, tags: []tagSource{{"form", "form"}, {"path", "path"}}}
		case "ParseForm":
			return &binder{arg: 1, tags: []tagSource{{"form", "form"}}}
		case "ParsePath":
			return &binder{arg: 1, tags: []tagSource{{"path", "path"}}}
		}
	case p == ginPkgs[0]:
		switch name {
		case "ShouldBindQuery", "BindQuery":
			return &binder{tags: []tagSource{{"form", "query"}}}
		case "ShouldBind", "Bind":
			return &binder{tags: []tagSource{{"form", "form"}}}
		case "ShouldBindUri", "BindUri":
			return &binder{tags: []tagSource{{"uri", "path"}}}
		}
	case contains(echoPkgs, p):
		if name == "Bind" {
			return &binder{tags: []tagSource{{"query", "query"}, {"form", "form"}, {"param", "path"}}}
		}
	}
	return nil
}

// boundReads returns the reads of the fields of the struct that call
// binds from the request and that body uses: one read per field the
// handler looks at, named by its tag. The read's Call is the binder's.
func (m *Model) boundReads(call *ast.CallExpr, body *ast.BlockStmt) []*Read {
	b := binderOf(m.calleeFunc(call))
	if b == nil || b.arg >= len(call.Args) {
		return nil
	}
	target := m.boundVar(call.Args[b.arg])
	if target == nil {
		return nil
	}
	st, ok := derefStruct(target.Type())
	if !ok {
		return nil
	}
	fields := map[*types.Var]*Read{}
	for i := 0; i < st.NumFields(); i++ {
		if name, src := tagged(st.Tag(i), b.tags); name != "" {
			fields[st.Field(i)] = &Read{Call: call, Name: name, Source: src}
		}
	}
	if len(fields) == 0 {
		return nil
	}
	var out []*Read
	ast.Inspect(body, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || len(fields) == 0 {
			return len(fields) > 0
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok || m.pass.TypesInfo.Uses[id] != target {
			return true
		}
		s := m.pass.TypesInfo.Selections[sel]
		if s == nil {
			return true
		}
		f, _ := s.Obj().(*types.Var)
		if r := fields[f]; r != nil {
			out = append(out, r)
			delete(fields, f) // one read per field
		}
		return true
	})
	return out
}

// boundVar: e is &v or a pointer variable v; returns v.
func (m *Model) boundVar(e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := m.pass.TypesInfo.Uses[id].(*types.Var)
	return v
}

func derefStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// tagged returns the parameter a struct tag names under one of keys and
// its source ("" if none): `form:"result,optional"` -> result, form.
func tagged(tag string, keys []tagSource) (name, src string) {
	for _, k := range keys {
		v, ok := reflect.StructTag(tag).Lookup(k.key)
		if !ok {
			continue
		}
		n, _, _ := strings.Cut(v, ",")
		if n != "" && n != "-" {
			return n, k.source
		}
	}
	return "", ""
}

// boundToPaid: call (in SSA) binds a struct whose field tagged name is
// loaded and compared with a paid constant (req.Result == "success").
func boundToPaid(c *ssa.Call, name string) bool {
	for _, a := range boundTargets(c) {
		st, ok := derefStruct(a.Type())
		if !ok || a.Referrers() == nil {
			continue
		}
		for _, ref := range *a.Referrers() {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok || fa.Field >= st.NumFields() || !tagNames(st.Tag(fa.Field), name) || fa.Referrers() == nil {
				continue
			}
			for _, l := range *fa.Referrers() {
				if load, ok := l.(*ssa.UnOp); ok && load.X == fa && flowsToPaid(load, 0) {
					return true
				}
			}
		}
	}
	return false
}

// boundTargets returns the structs a binder call c fills from the request
// (the pointer under the any it is handed), or nil when c is no binder.
// Taint follows a binder into them: what it fills is the request's.
func boundTargets(c *ssa.Call) []ssa.Value {
	if binderOf(calleeObj(c.Common())) == nil {
		return nil
	}
	args := c.Call.Args
	if !c.Call.IsInvoke() && c.Call.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:] // c.ShouldBindQuery(&q): not the context
	}
	var out []ssa.Value
	for _, a := range args {
		a = unwrapIface(a)
		if _, ok := a.Type().Underlying().(*types.Pointer); ok {
			out = append(out, a)
		}
	}
	return out
}

// unwrapIface: the value converted to any for the binder's v any.
func unwrapIface(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

// tagNames: some binder tag key of tag names the parameter name.
func tagNames(tag, name string) bool {
	for _, k := range []string{"form", "query", "path", "uri", "param"} {
		if n, _ := tagged(tag, []tagSource{{k, k}}); n == name {
			return true
		}
	}
	return false
}
