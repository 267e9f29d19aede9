// Package binders: request reads whose parameter is not the accessor's
// argument — fasthttp's query and post Args, and struct fields filled by
// a binder (go-zero httpx.Parse, echo Bind) named by their tags.
package binders

import (
	"net/http"

	"github.com/fasthttp/router"
	"github.com/labstack/echo/v4"
	"github.com/valyala/fasthttp"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

func Fast() {
	r := router.New()
	r.GET("/land", fastChain)
	r.GET("/back", fastVar)
	r.POST("/form", fastPost)
	r.GET("/uri", fastURI)
	r.GET("/local", fastLocalArgs)
}

func fastChain(ctx *fasthttp.RequestCtx) { // want `handler fastChain fw=any routes=\[GET /land\] redirect=reads redirect_status webhook=- params=\[query:redirect_status\] headers=\[\]`
	_ = string(ctx.QueryArgs().Peek("redirect_status"))
}

func fastVar(ctx *fasthttp.RequestCtx) { // want `handler fastVar fw=any routes=\[GET /back\] redirect=reads status and an order id webhook=- params=\[query:order query:status\] headers=\[\]`
	args := ctx.QueryArgs()
	_ = args.Peek("order")
	_ = args.Peek("status")
}

func fastPost(ctx *fasthttp.RequestCtx) { // want `handler fastPost fw=any routes=\[POST /form\] redirect=- webhook=- params=\[form:result form:address\] headers=\[\]`
	_ = ctx.PostArgs().Peek("result")
	_ = ctx.FormValue("address")
}

func fastURI(ctx *fasthttp.RequestCtx) { // want `handler fastURI fw=any routes=\[GET /uri\] redirect=- webhook=- params=\[query:q\] headers=\[\]`
	_ = ctx.URI().QueryArgs().Peek("q")
}

// Args of the shop's own: its Peek reads no request (look-alike).
type Args struct{}

func (a *Args) Peek(key string) []byte { return nil }

func QueryArgs() *Args { return &Args{} }

func fastLocalArgs(ctx *fasthttp.RequestCtx) { // want `handler fastLocalArgs fw=any routes=\[GET /local\] redirect=- webhook=- params=\[\] headers=\[\]`
	_ = QueryArgs().Peek("redirect_status")
}

type returnReq struct {
	OrderID int    `form:"order_id"`
	Result  string `form:"result,optional"`
	ID      string `path:"id"`
	Note    string `form:"note"` // never read: not a read
	Status  string `json:"status"`
}

type searchReq struct {
	Status string `form:"status"`
	Page   int    `form:"page"`
}

func GoZero(server *rest.Server) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/pay/return/:id", Handler: goZeroReturn},
		{Method: http.MethodPost, Path: "/api/orders", Handler: goZeroJSON},
		{Method: http.MethodGet, Path: "/orders/search", Handler: goZeroSearch},
	})
}

func goZeroReturn(w http.ResponseWriter, r *http.Request) { // want `handler goZeroReturn fw=net/http routes=\[GET /pay/return/:id\] redirect=route /pay/return/:id webhook=- params=\[path:id form:result form:order_id\] headers=\[\]`
	var req returnReq
	if err := httpx.Parse(r, &req); err != nil {
		return
	}
	_, _, _, _ = req.ID, req.Result, req.OrderID, req.Status
}

// goZeroJSON binds a JSON body: its fields are no query or form reads.
func goZeroJSON(w http.ResponseWriter, r *http.Request) { // want `handler goZeroJSON fw=net/http routes=\[POST /api/orders\] redirect=- webhook=- params=\[\] headers=\[\]`
	var req returnReq
	_ = httpx.ParseJsonBody(r, &req)
	_ = req.Result
}

func goZeroSearch(w http.ResponseWriter, r *http.Request) { // want `handler goZeroSearch fw=net/http routes=\[GET /orders/search\] redirect=- webhook=- params=\[form:status form:page\] headers=\[\]`
	req := new(searchReq)
	_ = httpx.ParseForm(r, req)
	_, _ = req.Status, req.Page
}

type backQuery struct {
	PayStatus string `query:"pay_status"`
	Ref       string `param:"ref"`
	Body      string `json:"body"`
}

func Echo(e *echo.Echo) {
	e.GET("/shop/back/:ref", echoBack)
}

func echoBack(c echo.Context) error { // want `handler echoBack fw=echo routes=\[GET /shop/back/:ref\] redirect=compares pay_status with a paid status webhook=- params=\[path:ref query:pay_status\] headers=\[\]`
	var q backQuery
	if err := c.Bind(&q); err != nil {
		return err
	}
	if q.Ref != "" && q.PayStatus == "paid" {
		return c.String(200, "thanks")
	}
	return c.String(200, q.Body)
}
