package asiaweb

import (
	"net/http"

	"github.com/kataras/iris/v12"
)

// MountMembers registers the members-site routes.
func MountMembers(app *iris.Application, m *Members) {
	app.Get("/vip/alipay/return", func(ctx iris.Context) {
		if ctx.URLParam("trade_status") == "TRADE_SUCCESS" {
			if err := m.ActivateVIP(ctx.URLParam("passback_params")); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(trade_status\\)"
				ctx.StatusCode(http.StatusInternalServerError)
				return
			}
		}
		ctx.WriteString("支付完成，正在跳转…")
	})
	app.Get("/vip/alipay/cancel", func(ctx iris.Context) {
		ctx.WriteString("已取消支付")
	})
}
