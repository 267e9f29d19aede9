package payment

import (
	"go/ast"
	"go/types"
)

// ---- paid states stored through a query method ---------------------------------
//
// QueryRowContext(ctx, "UPDATE invoices SET status = 'paid' … RETURNING
// msisdn") stores a paid state as an Exec does, and reads back what it
// changed. It is recognised where the store or service layer writes it
// (the use case a webhook calls, a worker's settle step). Inside a
// request handler it is left out for now: the handlers that write so in
// the audit corpora verify in shapes the handler model does not yet
// follow (a helper answering a header checksum in its middle result, a
// Daraja status query before the write), and a reported handler there
// would be a false alarm. A handler's Exec writes are judged as before.

// queryMethods are the query methods of database/sql, pgx and sqlx.
var queryMethods = map[string]bool{
	"QueryRow": true, "QueryRowContext": true, "Query": true, "QueryContext": true, // database/sql, pgx
	"QueryRowx": true, "QueryRowxContext": true, "Queryx": true, "QueryxContext": true, // sqlx
}

// queryWriteHere: call, a query method, sits outside any request
// handler (a function or literal handed the request).
func (b *builder) queryWriteHere(call *ast.CallExpr) bool {
	var decl *ast.FuncDecl
	for _, cs := range b.ix.calls {
		if cs.Call == call {
			decl = cs.Decl
			break
		}
	}
	if decl == nil || decl.Body == nil {
		return false
	}
	serves := b.servesRequest(decl.Type)
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok || serves || lit.Pos() > call.Pos() || call.End() > lit.End() {
			return !serves
		}
		serves = b.servesRequest(lit.Type)
		return !serves
	})
	return !serves
}

// servesRequest: a parameter of ft is an HTTP request or a web
// framework's request context.
func (b *builder) servesRequest(ft *ast.FuncType) bool {
	if ft == nil || ft.Params == nil {
		return false
	}
	for _, f := range ft.Params.List {
		t := b.ix.info.TypeOf(f.Type)
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil {
			continue
		}
		switch path, name := n.Obj().Pkg().Path(), n.Obj().Name(); {
		case path == "net/http" && name == "Request":
			return true
		case webFrameworks.MatchString(path) && (name == "Context" || name == "Ctx" || name == "RequestCtx" || name == "RequestContext"):
			return true
		}
	}
	return false
}

// webFrameworks are the frameworks whose request contexts a handler takes.
var webFrameworks = modules{
	"github.com/gin-gonic/gin",
	"github.com/labstack/echo",
	"github.com/gofiber/fiber",
	"github.com/kataras/iris",
	"github.com/beego/beego",
	"github.com/astaxie/beego",
	"github.com/cloudwego/hertz",
	"github.com/valyala/fasthttp",
}
