// Package api routes the festival's payment notifications (beego).
package api

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
	"gorm.io/gorm"

	"l22trustparser/gateways"
)

type Order struct {
	ID     string
	Status string
}

type API struct {
	DB       *gorm.DB
	Gateways map[string]gateways.Gateway
}

// Notify hands the posted body to the gateway the path names. Some of
// the implementations in sight (Kiosk, Booth) neither verify nor read
// back, so the route is unverified for their payments: reported here by
// the interface's implementations, and at the parsers themselves.
func (a *API) Notify(ctx *context.Context) {
	gw, ok := a.Gateways[ctx.Input.Param(":provider")]
	if !ok {
		ctx.Abort(404, "unknown gateway")
		return
	}
	res, err := gw.Notify(ctx.Input.RequestBody, ctx.Input.Param(":order"))
	if err != nil || res.Status != gateways.StatePaid {
		ctx.Abort(400, "not paid")
		return
	}
	a.DB.Model(&Order{}).Where("id = ?", res.OrderID).Update("status", "paid") // want `payment webhook /payments/notify/:provider/:order acts on the payment \(paid state stored by gorm.DB.Update\) without verifying`
	ctx.WriteString("success")
}

func Routes(a *API) {
	a.Gateways = map[string]gateways.Gateway{
		"wallet":  &gateways.Wallet{},
		"kiosk":   &gateways.Kiosk{},
		"booth":   gateways.Booth{},
		"counter": &gateways.Counter{},
	}
	web.Post("/payments/notify/:provider/:order", a.Notify)
}
