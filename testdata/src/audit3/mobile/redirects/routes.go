// Package redirects serves the pages the customer's browser lands on after
// a hosted checkout (Paystack callback_url, Flutterwave redirect_url).
package redirects

import "github.com/labstack/echo/v4"

func Register(e *echo.Echo, p *Pages) {
	e.GET("/pay/paystack/callback", p.PaystackCallback)
	e.GET("/pay/paystack/done", p.PaystackDone)
	e.GET("/pay/flutterwave/redirect", p.FlutterwaveRedirect)
	e.GET("/invite/:code", p.ReferralLanding)
}
