package asiaweb

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	beecontext "github.com/beego/beego/v2/server/web/context"
	"github.com/midtrans/midtrans-go/coreapi"
)

// MountShop registers the shop's Snap finish page.
func MountShop(m *Members, core coreapi.Client) {
	web.Get("/shop/snap/finish", func(ctx *beecontext.Context) {
		orderID := ctx.Input.Query("order_id")
		st, merr := core.CheckTransaction(orderID)
		if merr != nil {
			ctx.Abort(http.StatusBadGateway, "please refresh")
			return
		}
		if st.TransactionStatus == "settlement" {
			if err := m.MarkOrderPaid(st.OrderID); err != nil {
				ctx.Abort(http.StatusInternalServerError, "try again")
				return
			}
			ctx.WriteString("Payment received, thank you!")
			return
		}
		ctx.WriteString("Waiting for your payment…")
	})
	web.Get("/shop/snap/unfinish", func(ctx *beecontext.Context) {
		if ctx.Input.Query("transaction_status") == "settlement" {
			_ = m.MarkOrderPaid(ctx.Input.Query("order_id")) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler without reading"
		}
		ctx.WriteString("Payment not finished yet.")
	})
}
