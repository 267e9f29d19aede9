package handler

import (
	"go/ast"
	"go/types"
	"strings"
)

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
