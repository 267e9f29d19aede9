// Package realcodefw: payment webhooks on iris, beego, hertz, fasthttp and
// go-zero, recognised by their shape (a request context with accessors and
// a responder, registered on a route path), and look-alikes.
package realcodefw

import (
	"context"
	"net/http"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/kataras/iris/v12"
	"github.com/valyala/fasthttp"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

//paylint:fulfillment
func markPaid(orderID string) error { return nil }

var notifySecret = "s3cret"

func sameSign(sig, body []byte, key string) bool { return string(sig) == key }

// ---- iris

func irisRoutes(app *iris.Application) {
	app.Post("/pay/notify", irisNotify)
	app.Post("/pay/notify-verified", irisVerified)
	app.Get("/profile/{id}", irisProfile)
}

func irisNotify(ctx iris.Context) {
	markPaid(ctx.PostValue("out_trade_no")) // want `payment webhook /pay/notify acts on the payment \(.*\) without verifying`
	ctx.WriteString("success")
}

func irisVerified(ctx iris.Context) {
	body, _ := ctx.GetBody()
	if !sameSign([]byte(ctx.GetHeader("X-Sign")), body, notifySecret) {
		ctx.StatusCode(http.StatusUnauthorized)
		return
	}
	markPaid(ctx.PostValue("out_trade_no"))
}

// irisProfile is not a webhook: silent.
func irisProfile(ctx iris.Context) {
	markPaid(ctx.URLParam("id"))
}

// ---- hertz

func hertzRoutes(h *server.Hertz) {
	h.POST("/webhooks/hertz", hertzWebhook)
	h.POST("/webhooks/hertz-verified", hertzVerified)
}

func hertzWebhook(c context.Context, ctx *app.RequestContext) {
	markPaid(ctx.Query("order_id")) // want `payment webhook /webhooks/hertz acts on the payment \(.*\) without verifying`
	ctx.SetStatusCode(http.StatusOK)
}

func hertzVerified(c context.Context, ctx *app.RequestContext) {
	if !sameSign(ctx.GetHeader("X-Signature"), ctx.GetRawData(), notifySecret) {
		ctx.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	markPaid(ctx.Query("order_id"))
}

// ---- beego

func beegoRoutes() {
	web.Post("/alipay/notify", beegoNotify)
}

func beegoNotify(ctx *beecontext.Context) {
	markPaid(ctx.Input.Query("out_trade_no")) // want `payment webhook /alipay/notify acts on the payment \(.*\) without verifying`
	ctx.WriteString("success")
}

// ---- fasthttp: the handler is not registered on a path; its name says webhook

func fasthttpWebhook(ctx *fasthttp.RequestCtx) {
	markPaid(string(ctx.FormValue("order_id"))) // want `payment webhook fasthttpWebhook acts on the payment \(.*\) without verifying`
	ctx.SetStatusCode(200)
}

func serveFast() { fasthttp.ListenAndServe(":8080", fasthttpWebhook) }

// ---- go-zero: net/http handlers in a route table

func goZeroRoutes(s *rest.Server) {
	s.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/api/pay/callback", Handler: goZeroCallback},
	})
}

type callbackReq struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

func goZeroCallback(w http.ResponseWriter, r *http.Request) {
	var req callbackReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	if req.Status == "SUCCESS" {
		markPaid(req.OrderID) // want `payment webhook /api/pay/callback acts on the payment \(.*\) without verifying`
	}
	httpx.OkJson(w, "ok")
}

// ---- look-alikes: a request-context-like parameter that is not one

// Query is a database query builder with Param and Query methods but
// nothing that answers a request.
type Query struct{}

func (q *Query) Query(s string) string { return s }
func (q *Query) Param(s string) string { return s }

// notifyQuery takes a query builder: not a handler.
func notifyQuery(q *Query) {
	markPaid(q.Param("id"))
}
