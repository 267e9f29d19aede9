package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- handlers of any framework, by their shape ----------------------------------
//
// Beyond the frameworks known by name, a handler is a function whose one
// parameter (or context.Context and one parameter, as in hertz) is a
// request context: a type offering request accessors (Query, Param,
// PostForm, Body, Bind, GetHeader...) and a way to answer (JSON, String,
// SetStatusCode...). That covers iris, beego, hertz, fasthttp and in-house
// wrappers over them without a list.

// Structural is the framework of a handler recognised by its shape.
const Structural Framework = 16

// accessorSources are the request accessors; the value says where a
// named read comes from ("" for the body and binders).
var accessorSources = map[string]string{
	"Query": "query", "URLParam": "query", "QueryParam": "query", "DefaultQuery": "query", "GetQuery": "query",
	"URLParamDefault": "query", "PostForm": "form", "FormValue": "form", "PostValue": "form",
	"DefaultPostForm": "form", "PostFormValue": "form", "Param": "path", "PathParam": "path",
	"GetHeader": "header", "Header": "header",
	"Body": "", "PostBody": "", "GetBody": "", "GetRawData": "", "RequestBody": "", "Bind": "", "ShouldBind": "",
	"BindJSON": "", "ShouldBindJSON": "", "ReadJSON": "", "ReadForm": "", "QueryArgs": "", "PostArgs": "",
	"Params": "",
}

// responders answer the request.
var responders = map[string]bool{"JSON": true, "String": true, "Write": true, "WriteString": true,
	"SetStatusCode": true, "StatusCode": true, "Status": true, "AbortWithStatus": true, "Abort": true,
	"Redirect": true, "HTML": true, "XML": true, "Text": true, "SetBody": true, "SetBodyString": true,
	"Error": true, "SetStatus": true, "WriteHeader": true, "ServeJSON": true, "Data": true}

// methodNames returns the names of t's methods and, one level down, of
// its struct fields' (beego's ctx.Input.Query, ctx.Output.SetStatus).
func methodNames(t types.Type) map[string]bool {
	out := map[string]bool{}
	add := func(t types.Type) {
		ms := types.NewMethodSet(t)
		for i := 0; i < ms.Len(); i++ {
			out[ms.At(i).Obj().Name()] = true
		}
		if _, isPtr := t.(*types.Pointer); !isPtr {
			if _, isIface := t.Underlying().(*types.Interface); !isIface {
				ms := types.NewMethodSet(types.NewPointer(t))
				for i := 0; i < ms.Len(); i++ {
					out[ms.At(i).Obj().Name()] = true
				}
			}
		}
	}
	add(t)
	u := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		u = p.Elem()
	}
	if s, ok := u.Underlying().(*types.Struct); ok {
		for i := 0; i < s.NumFields(); i++ {
			if s.Field(i).Exported() {
				add(s.Field(i).Type())
			}
		}
	}
	return out
}

// accessors counts t's request accessors (its own methods only).
func accessors(t types.Type) int {
	n := 0
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if _, ok := accessorSources[ms.At(i).Obj().Name()]; ok {
			n++
		}
	}
	return n
}

// ctxType: t is a request context of a framework paylint does not know by
// name: a named type (or pointer to one) outside the known frameworks,
// with at least two request accessors and a responder.
func ctxType(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if p, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		n, ok = types.Unalias(p.Elem()).(*types.Named)
	}
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch p := n.Obj().Pkg().Path(); {
	case p == "net/http", p == ginPkgs[0], contains(echoPkgs, p), contains(fiberPkgs, p):
		return false // known by name, with their exact shapes
	}
	_, isPtr := types.Unalias(t).(*types.Pointer)
	return ctxShapes.of(n, isPtr, func() bool { return ctxShape(t) })
}

// ctxShape: t offers two request accessors and a responder.
func ctxShape(t types.Type) bool {
	names := methodNames(t)
	acc, resp := 0, false
	for name := range names {
		if _, ok := accessorSources[name]; ok {
			acc++
		}
		resp = resp || responders[name]
	}
	return acc >= 2 && resp
}

// structShape: func(ctx C), func(ctx C) error, or hertz's
// func(context.Context, C), where C is a request context.
func structShape(sig *types.Signature) bool {
	ps, rs := sig.Params(), sig.Results()
	if rs.Len() > 1 || rs.Len() == 1 && !types.Identical(rs.At(0).Type(), errorType) {
		return false
	}
	switch ps.Len() {
	case 1:
		return ctxType(ps.At(0).Type())
	case 2:
		return namedIs(ps.At(0).Type(), []string{"context"}, "Context") && ctxType(ps.At(1).Type())
	}
	return false
}

// structuralRegistration: a call registering a handler on a route path —
// a method or function taking a path ("/notify") and handlers of a
// handler shape (app.Post("/notify", h), web.Post(...), r.POST(...)).
func (m *Model) structuralRegistration(call *ast.CallExpr, fn *types.Func) (*registration, bool) {
	a := call.Args
	if len(a) < 2 {
		return nil, false
	}
	if strings.HasPrefix(fn.Name(), "ListenAndServe") || fn.Name() == "Serve" {
		// fasthttp.ListenAndServe(addr, h): the handler serves every path
		if m.handlerArg(a[len(a)-1]) {
			return &registration{handlers: a[len(a)-1:]}, true
		}
		return nil, false
	}
	method, pathIdx := httpVerbs[fn.Name()], 0
	if s, ok := m.constString(a[0]); ok && !strings.HasPrefix(s, "/") {
		if v, ok := httpVerbs[s]; ok && len(a) >= 3 { // Handle("POST", "/notify", h)
			method, pathIdx = v, 1
		} else {
			return nil, false
		}
	}
	path, ok := m.constString(a[pathIdx])
	if !ok || !strings.HasPrefix(path, "/") {
		return nil, false
	}
	hs := a[pathIdx+1:]
	for _, h := range hs {
		if !m.handlerArg(h) {
			return nil, false
		}
	}
	return &registration{method: method, path: path, handlers: hs}, true
}

// handlerArg: e is a function of a handler shape.
func (m *Model) handlerArg(e ast.Expr) bool {
	t := m.pass.TypesInfo.TypeOf(e)
	if t == nil {
		return false
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && shape(sig) != 0
}

// structuralRead: a named read through an accessor of a request context
// (or of one of its fields: beego's ctx.Input.Query).
func structuralRead(name string, recv types.Type) string {
	if recv == nil {
		return ""
	}
	if !ctxType(recv) && accessors(recv) < 2 && accessors(types.NewPointer(recv)) < 2 {
		return ""
	}
	return accessorSources[name]
}
