// Package shopwords: membership return pages named in the shop's own
// words (/vip/return, ?pay_status=paid) that grant what was bought from
// the redirect alone, and look-alikes that stay silent.
package shopwords

import (
	"database/sql"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/kataras/iris/v12"
)

//paylint:fulfillment
func grantVIP(userID string) {}

type Site struct{ db *sql.DB }

func (s *Site) Mount(app *iris.Application, r *gin.Engine, mux *http.ServeMux) {
	app.Get("/vip/return", s.vipReturn)
	app.Get("/vip/return/page", s.vipReturnPage)
	app.Get("/pro/tasks/done", s.proTaskDone)
	r.GET("/landing", s.landing)
	r.POST("/api/result", s.postedResult)
	mux.HandleFunc("GET /premium/complete", s.premiumComplete)
	mux.HandleFunc("GET /login/callback", s.loginCallback)
	mux.HandleFunc("GET /export/return", s.exportReturn)
	mux.HandleFunc("GET /vip/paypal/approved", s.paypalApproved)
	mux.HandleFunc("GET /kyc/approved", s.kycApproved)
	mux.HandleFunc("GET /articles/{id}/approved", s.articleApproved)
}

// --- reported ---

func (s *Site) vipReturn(ctx iris.Context) {
	grantVIP(ctx.URLParam("uid")) // want `order fulfilled in the success-redirect handler`
	ctx.WriteString("Welcome to VIP!")
}

func (s *Site) landing(c *gin.Context) {
	if c.Query("pay_status") == "paid" {
		grantVIP(c.Query("uid")) // want `order fulfilled in the success-redirect handler`
	}
	c.String(200, "ok")
}

func (s *Site) premiumComplete(w http.ResponseWriter, r *http.Request) {
	grantVIP(r.URL.Query().Get("uid")) // want `order fulfilled in the success-redirect handler`
	w.Write([]byte("ok"))
}

// PayPal sends the buyer back to the approval URL with its token; the
// order is approved, not captured.
func (s *Site) paypalApproved(w http.ResponseWriter, r *http.Request) {
	grantVIP(r.URL.Query().Get("uid")) // want `order fulfilled in the success-redirect handler`
	w.Write([]byte("ok"))
}

// --- silent ---

// An identity check approved: no payment word next to it.
func (s *Site) kycApproved(w http.ResponseWriter, r *http.Request) {
	grantVIP(r.URL.Query().Get("uid"))
	w.Write([]byte("verified"))
}

// An editor approved an article.
func (s *Site) articleApproved(w http.ResponseWriter, r *http.Request) {
	grantVIP(r.URL.Query().Get("uid"))
	w.Write([]byte("published"))
}

// Renders a page; the webhook grants.
func (s *Site) vipReturnPage(ctx iris.Context) {
	ctx.WriteString("Your VIP access starts as soon as the payment is confirmed.")
}

// A to-do list of the "pro" workspace: the path speaks of tasks.
func (s *Site) proTaskDone(ctx iris.Context) {
	grantVIP(ctx.URLParam("uid"))
	ctx.WriteString("task done")
}

// Posted by the provider: a notify, not where a buyer comes back.
func (s *Site) postedResult(c *gin.Context) {
	if c.PostForm("trade_status") == "TRADE_SUCCESS" {
		grantVIP(c.PostForm("uid"))
	}
	c.String(200, "success")
}

// OAuth's state is not a payment's.
func (s *Site) loginCallback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") == "success" {
		grantVIP(r.URL.Query().Get("uid"))
	}
	w.Write([]byte("logged in"))
}

// An export job's return page.
func (s *Site) exportReturn(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("status") == "done" {
		grantVIP(r.URL.Query().Get("uid"))
	}
	w.Write([]byte("export ready"))
}
