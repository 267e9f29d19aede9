// Package bound: look-alikes of return pages whose parameters a binder
// fills (redirectfulfill/boundreturn): a bound status echoed, a JSON body
// of an API call, a search form. All silent.
package bound

import (
	"net/http"

	"github.com/labstack/echo/v4"
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

//paylint:fulfillment
func grantAccess(userID string) {}

type backQuery struct {
	PayStatus string `query:"pay_status"`
	User      string `query:"user"`
}

type returnReq struct {
	OrderID string `form:"order_id"`
	Result  string `form:"result"`
	Note    string `json:"note"`
}

type statusBody struct {
	PayStatus string `json:"pay_status"`
	User      string `json:"user"`
}

type searchQuery struct {
	Status  string `query:"status"`
	OrderID string `query:"order_id"`
}

func Register(e *echo.Echo) {
	e.GET("/shop/echo", echoesStatus)
	e.PUT("/api/members/status", apiStatus)
	e.GET("/orders/search", search)
}

// echoesStatus shows the bound status; it decides nothing (silent).
func echoesStatus(c echo.Context) error {
	var q backQuery
	_ = c.Bind(&q)
	grantAccess(q.User)
	return c.String(200, "status: "+q.PayStatus)
}

// apiStatus: a JSON body of an API call, not a return page (silent).
func apiStatus(c echo.Context) error {
	var b statusBody
	if err := c.Bind(&b); err != nil {
		return err
	}
	if b.PayStatus == "paid" {
		grantAccess(b.User)
	}
	return c.NoContent(204)
}

// search: a search page's form struct; no payment effect (silent).
func search(c echo.Context) error {
	var q searchQuery
	if err := c.Bind(&q); err != nil {
		return err
	}
	return c.JSON(200, []string{q.Status, q.OrderID})
}

func GoZero(server *rest.Server) {
	server.AddRoutes([]rest.Route{
		{Method: http.MethodPost, Path: "/api/orders/result", Handler: jsonResult},
		{Method: http.MethodGet, Path: "/orders/list", Handler: list},
	})
}

// jsonResult: the same struct read from a JSON body by a POST API: the
// form fields are not bound (silent).
func jsonResult(w http.ResponseWriter, r *http.Request) {
	var req returnReq
	if err := httpx.ParseJsonBody(r, &req); err != nil {
		httpx.Error(w, err)
		return
	}
	if req.Result == "success" {
		grantAccess(req.OrderID)
	}
}

// list: a search page filtering on result and order id; it grants
// nothing (silent).
func list(w http.ResponseWriter, r *http.Request) {
	var req returnReq
	_ = httpx.Parse(r, &req)
	httpx.OkJson(w, []string{req.OrderID, req.Result})
}
