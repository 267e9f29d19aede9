// Package boundreturn: return pages whose redirect parameters are fields
// of a struct a binder (go-zero httpx.Parse, echo Bind) fills from the
// request, named by their tags: the request taint (ssa.go) follows a
// binder into the struct it fills (boundTargets, binders.go).
package boundreturn

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

//paylint:fulfillment
func grantAccess(userID string) {}

type returnReq struct {
	OrderID string `form:"order_id"`
	Result  string `form:"result,optional"`
}

type backQuery struct {
	PayStatus string `query:"pay_status"`
	User      string `query:"user"`
}

func Routes(server *rest.Server, e *echo.Echo) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/pay/return", Handler: payReturn},
		{Method: http.MethodGet, Path: "/landing", Handler: landing},
	})
	e.GET("/shop/back", back)
}

// payReturn trusts the result the hosted page put in the URL.
func payReturn(w http.ResponseWriter, r *http.Request) {
	var req returnReq
	if err := httpx.Parse(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	if req.Result == "success" {
		grantAccess(req.OrderID) // want `order fulfilled in the success-redirect handler from a form value \(result\) without reading the payment's status from the provider`
	}
}

// landing: the route says nothing; a bound status next to an order id
// makes it a return page.
func landing(w http.ResponseWriter, r *http.Request) {
	req := new(returnReq)
	_ = httpx.ParseForm(r, req)
	if req.OrderID != "" && req.Result == "success" {
		grantAccess(req.OrderID) // want `from a form value \((order_id|result)\)`
	}
}

// back: only the bound pay_status, compared with paid, says it is a
// return page.
func back(c echo.Context) error {
	var q backQuery
	if err := c.Bind(&q); err != nil {
		return err
	}
	if q.PayStatus == "paid" {
		grantAccess(q.User) // want `from the query string \(pay_status\)`
	}
	return c.String(200, "thanks")
}
