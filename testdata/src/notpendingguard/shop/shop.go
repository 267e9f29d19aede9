// Package shop is the same shop written with package-level services and
// the smartwalle Alipay client: the handlers are plain functions that
// reach the orders through a global.
package shop

import (
	"github.com/gin-gonic/gin"
	"github.com/smartwalle/alipay/v3"

	"notpendingguard/orderstate"
	"notpendingguard/store"
)

var OrderSvc *store.Orders

var AlipayClient *alipay.Client

// AlipayNotify: the stored order is tested against WAIT_BUYER_PAY before
// the notification is decoded; Settle moves it away: silent.
func AlipayNotify(ctx *gin.Context) {
	if err := ctx.Request.ParseForm(); err != nil {
		return
	}
	outTradeNo := ctx.Request.Form.Get("out_trade_no")
	sysOrder, err := OrderSvc.FindOrder(&store.Order{OutTradeNo: outTradeNo})
	if err != nil {
		return
	}
	if sysOrder.TradeStatus != orderstate.StatusWaitBuyerPay {
		alipay.ACKNotification(ctx.Writer)
		return
	}
	notification, err := AlipayClient.GetTradeNotification(ctx.Request)
	if notification == nil || err != nil {
		return
	}
	if notification.TradeStatus != alipay.TradeStatusSuccess && notification.TradeStatus != alipay.TradeStatusFinished {
		ctx.AbortWithStatus(400)
		return
	}
	sysOrder.TradeNo = notification.TradeNo
	sysOrder.TradeStatus = string(notification.TradeStatus)
	sysOrder.PaidAmount = notification.BuyerPayAmount
	_ = OrderSvc.Settle(sysOrder)
	alipay.ACKNotification(ctx.Writer)
}
