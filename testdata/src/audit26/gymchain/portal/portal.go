// Package portal is the member web portal (beego): plans, day passes
// bought online with Mercado Pago Checkout Pro, and their return pages.
package portal

import (
	"log/slog"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"

	"audit26/gymchain/store"
)

type Portal struct {
	passes *store.DayPasses
}

func New(passes *store.DayPasses) *Portal { return &Portal{passes: passes} }

// Register adds the portal routes to beego's default server.
func (p *Portal) Register() {
	web.Get("/pase/mp/exito", p.mpSuccess)
	web.Get("/pase/mp/pendiente", p.mpPending)
	web.Get("/pase/:id", p.show)
}

// mpSuccess is the back_urls.success of the day-pass preference.
func (p *Portal) mpSuccess(ctx *beecontext.Context) {
	passID := ctx.Input.Query("external_reference")
	if ctx.Input.Query("collection_status") == "approved" {
		if err := p.passes.Issue(ctx.Request.Context(), passID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(collection_status\\)"
			slog.Error("portal: issue pass", "pass", passID, "err", err)
			ctx.Abort(500, "error")
			return
		}
		ctx.WriteString("¡Tu pase de día está listo! Muéstralo en recepción.")
		return
	}
	ctx.WriteString("Estamos procesando tu pago.")
}

func (p *Portal) mpPending(ctx *beecontext.Context) {
	ctx.WriteString("Tu pago está pendiente. Te enviaremos un correo cuando se acredite.")
}

func (p *Portal) show(ctx *beecontext.Context) {
	pass, err := p.passes.Get(ctx.Request.Context(), ctx.Input.Param(":id"))
	if err != nil {
		ctx.Abort(404, "not found")
		return
	}
	ctx.WriteString("Pase " + pass.ID + ": " + pass.Status)
}
