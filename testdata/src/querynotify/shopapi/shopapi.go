// Package shopapi holds a proxy-panel shop's public handlers as plain
// functions over a package-level service; package shoprouter mounts
// them. The Epay (易支付) notification arrives as a GET.
package shopapi

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"querynotify/epay"
	"querynotify/orders"
)

var OrderSvc *orders.Store

var EpayKey string

type EpayResult struct {
	Pid         int64  `json:"pid"          form:"pid"`
	TradeNo     string `json:"trade_no"     form:"trade_no"`
	OutTradeNo  string `json:"out_trade_no" form:"out_trade_no"`
	Money       string `json:"money"        form:"money"`
	TradeStatus string `json:"trade_status" form:"trade_status"`
	Sign        string `json:"sign"         form:"sign"`
	SignType    string `json:"sign_type"    form:"sign_type"`
}

// EpayNotify binds the query, copies the posted trade onto the order
// still waiting for payment and settles it (the balance is credited);
// the sign is never checked.
func EpayNotify(ctx *gin.Context) {
	var res EpayResult
	if err := ctx.ShouldBindQuery(&res); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if res.TradeStatus != orders.StatusTradeSuccess {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	order, err := OrderSvc.Find(res.OutTradeNo)
	if err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if order.TradeStatus != orders.StatusWaitBuyerPay {
		ctx.String(http.StatusOK, "success")
		return
	}
	order.TradeNo = res.TradeNo
	order.PaidAmount = res.Money
	order.TradeStatus = res.TradeStatus
	_ = OrderSvc.Settle(order)
	ctx.String(http.StatusOK, "success")
}

// EpayNotifySigned is the same with the MD5 sign of the query checked
// first.
func EpayNotifySigned(ctx *gin.Context) {
	q := ctx.Request.URL.Query()
	if epay.Sign(q, EpayKey) != q.Get("sign") {
		ctx.AbortWithStatus(http.StatusForbidden)
		return
	}
	var res EpayResult
	if err := ctx.ShouldBindQuery(&res); err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if res.TradeStatus != orders.StatusTradeSuccess {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	order, err := OrderSvc.Find(res.OutTradeNo)
	if err != nil {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if order.TradeStatus != orders.StatusWaitBuyerPay {
		ctx.String(http.StatusOK, "success")
		return
	}
	order.TradeNo = res.TradeNo
	order.PaidAmount = res.Money
	order.TradeStatus = res.TradeStatus
	_ = OrderSvc.Settle(order)
	ctx.String(http.StatusOK, "success")
}

// OrderResult is the page the buyer's browser is sent back to: it shows
// the stored order.
func OrderResult(ctx *gin.Context) {
	order, err := OrderSvc.Find(ctx.Query("out_trade_no"))
	if err != nil {
		ctx.Redirect(http.StatusFound, "/orders")
		return
	}
	ctx.HTML(http.StatusOK, "result.html", gin.H{"status": order.TradeStatus})
}
