// Package fasthttpargs: fasthttp return pages that read the redirect's
// parameters through ctx.QueryArgs() / ctx.PostArgs().
package fasthttpargs

import (
	"context"

	"github.com/fasthttp/router"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/valyala/fasthttp"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

//paylint:fulfillment
func grantAccess(userID string) {}

type API struct{ orders *mongo.Collection }

func (a *API) Router() *router.Router {
	r := router.New()
	r.GET("/checkout/complete", a.complete)
	r.GET("/land", a.land)
	r.POST("/pay/finished", a.finishedForm)
	r.GET("/pay/success", a.successChecksIntent)
	r.GET("/orders/shipping", a.shipping)
	return r
}

func (a *API) complete(ctx *fasthttp.RequestCtx) {
	args := ctx.QueryArgs()
	id := string(args.Peek("order"))
	if string(args.Peek("redirect_status")) == "succeeded" {
		a.orders.UpdateOne(context.Background(), bson.M{"_id": id}, // want `order fulfilled in the success-redirect handler from the query string \(redirect_status\) without reading the payment's status from the provider`
			bson.M{"$set": bson.M{"status": "paid"}})
	}
	ctx.WriteString("thanks!")
}

// land: the route says nothing; the parameter makes it a return page.
func (a *API) land(ctx *fasthttp.RequestCtx) {
	if string(ctx.QueryArgs().Peek("redirect_status")) == "succeeded" {
		grantAccess(string(ctx.QueryArgs().Peek("user"))) // want `from the query string \(redirect_status\)`
	}
}

// finishedForm: the hosted page posts the buyer back with a form.
func (a *API) finishedForm(ctx *fasthttp.RequestCtx) {
	if string(ctx.PostArgs().Peek("result")) == "success" {
		grantAccess(string(ctx.PostArgs().Peek("user"))) // want `from a form value \(result\)`
	}
}

// successChecksIntent reads the intent from the provider (silent).
func (a *API) successChecksIntent(ctx *fasthttp.RequestCtx) {
	pi, err := paymentintent.Get(string(ctx.QueryArgs().Peek("payment_intent")), nil)
	if err != nil {
		ctx.SetStatusCode(502)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		grantAccess(string(ctx.QueryArgs().Peek("user")))
	}
	ctx.WriteString("thanks")
}

// shipping compares a shipment status, on no return page (silent).
func (a *API) shipping(ctx *fasthttp.RequestCtx) {
	id := string(ctx.QueryArgs().Peek("id"))
	if string(ctx.QueryArgs().Peek("status")) == "delivered" {
		a.orders.UpdateOne(context.Background(), bson.M{"_id": id},
			bson.M{"$set": bson.M{"shipping.address": string(ctx.FormValue("address"))}})
	}
}
