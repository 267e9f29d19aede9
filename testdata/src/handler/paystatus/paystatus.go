// Package paystatus: return pages named in a shop's own words — an
// entitlement next to a weak redirect word, a pay-status parameter
// compared with a paid value — and their look-alikes.
package paystatus

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/kataras/iris/v12"
)

const statusPaid = "PAID"

func Mount(app *iris.Application, r *gin.Engine, mux *http.ServeMux) {
	app.Get("/vip/return", vipReturn)
	app.Get("/back", irisBack)
	app.Get("/pro/tasks/done", proTaskDone)
	r.GET("/landing", landing)
	r.GET("/landing/echo", landingEcho)
	r.POST("/api/result", postedResult)
	mux.HandleFunc("GET /login/callback", loginCallback)
	mux.HandleFunc("GET /export/return", exportReturn)
	mux.HandleFunc("GET /shop/back", shopBack)
	mux.HandleFunc("GET /shop/back2", shopBackNamed)
	mux.HandleFunc("GET /shop/back3", shopBackFold)
	mux.HandleFunc("GET /shop/back4", shopBackFailed)
	mux.HandleFunc("GET /premium/complete", premiumComplete)
}

// --- redirects ---

func vipReturn(ctx iris.Context) { // want `handler vipReturn fw=any routes=\[GET /vip/return\] redirect=route /vip/return webhook=-`
	ctx.WriteString("Welcome to VIP!")
}

func landing(c *gin.Context) { // want `handler landing .* redirect=compares pay_status with a paid status webhook=-`
	if c.Query("pay_status") == "paid" {
		c.String(200, "ok")
	}
}

func shopBack(w http.ResponseWriter, r *http.Request) { // want `handler shopBack .* redirect=compares trade_status with a paid status webhook=-`
	switch r.URL.Query().Get("trade_status") {
	case "TRADE_SUCCESS":
		w.Write([]byte("ok"))
	}
}

func shopBackNamed(w http.ResponseWriter, r *http.Request) { // want `handler shopBackNamed .* redirect=compares payment_state with a paid status webhook=-`
	st := r.FormValue("payment_state")
	if st == statusPaid {
		w.Write([]byte("ok"))
	}
}

func shopBackFold(w http.ResponseWriter, r *http.Request) { // want `handler shopBackFold .* redirect=compares payResult with a paid status webhook=-`
	if strings.EqualFold(r.URL.Query().Get("payResult"), "success") {
		w.Write([]byte("ok"))
	}
}

func premiumComplete(w http.ResponseWriter, r *http.Request) { // want `handler premiumComplete .* redirect=route /premium/complete webhook=-`
	w.Write([]byte("ok"))
}

// --- look-alikes: not redirects ---

// The parameter is shown, never compared with a paid value.
func landingEcho(c *gin.Context) { // want `handler landingEcho .* redirect=- webhook=- params=\[query:pay_status\]`
	c.String(200, "status: "+c.Query("pay_status"))
}

// Compared with a failure only.
func shopBackFailed(w http.ResponseWriter, r *http.Request) { // want `handler shopBackFailed .* redirect=- webhook=- params=\[query:pay_status\]`
	if r.URL.Query().Get("pay_status") == "failed" {
		w.Write([]byte("retry"))
	}
}

// OAuth's state is not a payment's.
func loginCallback(w http.ResponseWriter, r *http.Request) { // want `handler loginCallback .* redirect=- webhook=- params=\[query:state\]`
	if r.URL.Query().Get("state") == "success" {
		w.Write([]byte("logged in"))
	}
}

// An export job's return page.
func exportReturn(w http.ResponseWriter, r *http.Request) { // want `handler exportReturn .* redirect=- webhook=- params=\[query:status\]`
	if r.URL.Query().Get("status") == "done" {
		w.Write([]byte("export ready"))
	}
}

// A to-do list of the "pro" workspace: the path speaks of tasks.
func proTaskDone(ctx iris.Context) { // want `handler proTaskDone .* redirect=- webhook=-`
	ctx.WriteString("task done")
}

// Posted: a provider's notify, not where a buyer comes back.
func postedResult(c *gin.Context) { // want `handler postedResult .* redirect=- webhook=- params=\[form:trade_status\]`
	if c.PostForm("trade_status") == "TRADE_SUCCESS" {
		c.String(200, "success")
	}
}

// An iris return page read by the context's shape: its pay_status is a
// query parameter compared with a paid value.
func irisBack(ctx iris.Context) { // want `handler irisBack .* redirect=compares pay_status with a paid status webhook=- params=\[query:pay_status\]`
	if ctx.URLParam("pay_status") == "paid" {
		ctx.WriteString("ok")
	}
}
