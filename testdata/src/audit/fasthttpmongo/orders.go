// Package fasthttpmongo is an order service on fasthttp with orders kept
// in MongoDB.
package fasthttpmongo

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/fasthttp/router"
	"github.com/valyala/fasthttp"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type API struct {
	orders *mongo.Collection
	users  *mongo.Collection
}

func (a *API) Router() *router.Router {
	r := router.New()
	r.GET("/checkout/complete", a.complete)
	r.POST("/webhooks/psp", a.pspEvent)
	r.POST("/orders/shipping", a.shipping)
	r.POST("/profile/status", a.profileStatus)
	return r
}

// complete is where the PSP sends the buyer back: it believes the query.
func (a *API) complete(ctx *fasthttp.RequestCtx) {
	args := ctx.QueryArgs()
	id := string(args.Peek("order"))
	if string(args.Peek("redirect_status")) == "succeeded" {
		// audit: found redirectfulfill: order set to paid from redirect_status in the query
		_, err := a.orders.UpdateOne(context.Background(), bson.M{"_id": id}, // want `\[redirectfulfill\]\ order\ fulfilled\ in\ the\ success\-redirect\ handler\ from\ the\ query\ string\ `
			bson.M{"$set": bson.M{"status": "paid"}})
		if err != nil {
			ctx.Error("db", http.StatusInternalServerError)
			return
		}
	}
	ctx.WriteString("thanks!")
}

type pspEvent struct {
	Type string `json:"type"`
	Data struct {
		OrderID string `json:"order_id"`
	} `json:"data"`
}

// pspEvent takes the PSP's event as-is: no signature, no re-read.
func (a *API) pspEvent(ctx *fasthttp.RequestCtx) {
	var ev pspEvent
	if err := json.Unmarshal(ctx.PostBody(), &ev); err != nil {
		ctx.SetStatusCode(http.StatusBadRequest)
		return
	}
	if ev.Type == "payment.succeeded" {
		// audit: found webhookverify: PSP event marks the order paid with no signature check
		a.orders.UpdateOne(context.Background(), bson.M{"_id": ev.Data.OrderID}, // want `\[webhookverify\]\ payment\ webhook\ /webhooks/psp\ acts\ on\ the\ payment\ \(paid\ state\ stored\ b`
			bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: "paid"}}}})
	}
	ctx.SetStatusCode(http.StatusOK)
}

// shipping updates the delivery address (look-alike: silent).
func (a *API) shipping(ctx *fasthttp.RequestCtx) {
	id := string(ctx.FormValue("order"))
	a.orders.UpdateOne(context.Background(), bson.M{"_id": id},
		bson.M{"$set": bson.M{"shipping.address": string(ctx.FormValue("address"))}})
	ctx.SetStatusCode(http.StatusNoContent)
}

// profileStatus sets a user's away/online status (look-alike: silent).
func (a *API) profileStatus(ctx *fasthttp.RequestCtx) {
	var body struct {
		UserID string `json:"user_id"`
		Status string `json:"status"`
	}
	_ = json.Unmarshal(ctx.PostBody(), &body)
	a.users.UpdateOne(context.Background(), bson.M{"_id": body.UserID},
		bson.M{"$set": bson.M{"status": body.Status}})
	ctx.SetStatusCode(http.StatusNoContent)
}
