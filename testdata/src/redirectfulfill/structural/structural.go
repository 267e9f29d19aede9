// Package structural: success-redirect handlers on iris, a framework the
// handler model knows by its shape.
package structural

import (
	"github.com/kataras/iris/v12"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

//paylint:fulfillment
func grantAccess(userID string) {}

func Register(app *iris.Application) {
	app.Get("/pay/success", successTrustsRedirectStatus)
	app.Get("/pay/finished", finishedChecksIntent)
}

func successTrustsRedirectStatus(ctx iris.Context) {
	if ctx.URLParam("redirect_status") == "succeeded" {
		grantAccess(ctx.URLParam("user")) // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\) without reading the payment's status from the provider`
	}
	ctx.WriteString("thanks")
}

// finishedChecksIntent reads the intent's status from the provider first.
func finishedChecksIntent(ctx iris.Context) {
	pi, err := paymentintent.Get(ctx.URLParam("payment_intent"), nil)
	if err != nil {
		ctx.StatusCode(502)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		grantAccess(ctx.URLParam("user"))
	}
	ctx.WriteString("thanks")
}
