// Package irisreturn is a membership site on iris: the buyer comes back
// from the payment page and gets VIP.
package irisreturn

import (
	"database/sql"
	"time"

	"github.com/kataras/iris/v12"
)

type Site struct {
	db *sql.DB
}

func (s *Site) Mount(app *iris.Application) {
	app.Get("/vip/return", s.vipReturn)
	app.Get("/vip/return/checked", s.vipReturnChecked)
	app.Get("/newsletter/confirm", s.newsletterConfirm)
	app.Get("/newsletter/subscribe/success", s.newsletterSuccess)
}

// vipReturn grants VIP for 30 days because the return URL says paid.
func (s *Site) vipReturn(ctx iris.Context) {
	uid := ctx.URLParam("uid")
	if ctx.URLParam("pay_status") == "paid" {
		// audit: found redirectfulfill: VIP membership granted from the return URL's pay_status
		s.db.Exec(`UPDATE users SET vip = true, vip_expires_at = $1 WHERE id = $2`, time.Now().AddDate(0, 0, 30), uid) // want `\[redirectfulfill\]\ order\ fulfilled\ in\ the\ success\-redirect\ handler\ from\ the\ query\ string\ `
		// audit: found redirectfulfill: payment row recorded as paid from the return URL
		s.db.Exec(`INSERT INTO payments (user_id, status) VALUES ($1, 'paid')`, uid) // want `\[redirectfulfill\]\ order\ fulfilled\ in\ the\ success\-redirect\ handler\ from\ the\ query\ string\ `
	}
	ctx.WriteString("Welcome to VIP!")
}

// vipReturnChecked shows a page and leaves the grant to the webhook:
// silent.
func (s *Site) vipReturnChecked(ctx iris.Context) {
	if ctx.URLParam("pay_status") == "paid" {
		ctx.WriteString("Thanks! Your VIP access starts as soon as the payment is confirmed.")
		return
	}
	ctx.WriteString("Payment not completed.")
}

// newsletterConfirm confirms a subscription to the newsletter (look-alike:
// "subscription" and "status", no payment).
func (s *Site) newsletterConfirm(ctx iris.Context) {
	if ctx.URLParam("status") == "ok" {
		s.db.Exec(`UPDATE newsletter_subscriptions SET status = 'confirmed' WHERE token = $1`, ctx.URLParam("token"))
	}
	ctx.WriteString("Subscribed!")
}

// newsletterSuccess is the newsletter sign-up's success page (look-alike:
// a free newsletter subscription, no payment).
func (s *Site) newsletterSuccess(ctx iris.Context) {
	s.db.Exec(`UPDATE newsletter_subscriptions SET status = 'confirmed' WHERE token = $1`, ctx.URLParam("token")) // audit: false alarm redirectfulfill: a free newsletter subscription confirmed, no payment
	ctx.WriteString("You are subscribed to our newsletter.")
}
