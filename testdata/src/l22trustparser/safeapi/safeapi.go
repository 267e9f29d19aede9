// Package safeapi routes the car park's notifications (beego): every
// gateway behind the interface reads back or checks the sign, silent.
package safeapi

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
	"gorm.io/gorm"

	"l22trustparser/safegw"
)

type Ticket struct {
	ID     string
	Status string
}

type API struct {
	DB  *gorm.DB
	GWs map[string]safegw.Notifier
}

func (a *API) Notify(ctx *context.Context) {
	gw, ok := a.GWs[ctx.Input.Param(":provider")]
	if !ok {
		ctx.Abort(404, "unknown gateway")
		return
	}
	out, err := gw.Notify(ctx.Input.RequestBody, ctx.Input.Param(":ticket"))
	if err != nil || out.Status != "paid" {
		ctx.Abort(400, "not paid")
		return
	}
	a.DB.Model(&Ticket{}).Where("id = ?", out.Ticket).Update("status", "paid")
	ctx.WriteString("success")
}

func Routes(a *API) {
	a.GWs = map[string]safegw.Notifier{"card": &safegw.Card{}, "till": &safegw.Till{}}
	web.Post("/parking/notify/:provider/:ticket", a.Notify)
}
