// Package notify takes Alipay's asynchronous notifications of a
// subscription shop (gin). An order waits in WAIT_BUYER_PAY until its
// notification settles it; Settle moves it to TRADE_SUCCESS and books the
// referrer's commission.
package notify

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"notpendingguard/orderstate"
	"notpendingguard/store"
)

type Notices struct {
	Orders    *store.Orders
	PublicKey string
}

func (n *Notices) Mount(r *gin.Engine) {
	r.POST("/pay/alipay/notify", n.AlipayNotify)
	r.POST("/pay/alipay/notify-late", n.AlipayNotifyLateGuard)
	r.POST("/pay/alipay/notify-posted", n.AlipayNotifyPostedGuard)
	r.POST("/pay/wechat/notify", n.WechatNotify)
	r.POST("/pay/wechat/notify-inverted", n.WechatNotifyInverted)
}

// AlipayNotify loads the order by the notification's out_trade_no and
// acknowledges a redelivery when the stored order no longer waits for
// payment: Settle moves it away from WAIT_BUYER_PAY, so a second delivery
// stops at the guard: silent.
func (n *Notices) AlipayNotify(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	form := c.Request.Form
	o, err := n.Orders.FindOrder(&store.Order{OutTradeNo: form.Get("out_trade_no")})
	if err != nil {
		return
	}
	if o.TradeStatus != orderstate.StatusWaitBuyerPay {
		c.String(http.StatusOK, "success")
		return
	}
	if err := verifyAlipaySign(form, n.PublicKey); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if form.Get("trade_status") != orderstate.StatusTradeSuccess {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	o.TradeNo = form.Get("trade_no")
	o.PaidAmount = form.Get("buyer_pay_amount")
	_ = n.Orders.Settle(o)
	c.String(http.StatusOK, "success")
}

// AlipayNotifyLateGuard settles first and tests the stored state only
// afterwards: every delivery books the commission again.
func (n *Notices) AlipayNotifyLateGuard(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	form := c.Request.Form
	if err := verifyAlipaySign(form, n.PublicKey); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	o, err := n.Orders.FindOrder(&store.Order{OutTradeNo: form.Get("out_trade_no")})
	if err != nil {
		return
	}
	o.TradeNo = form.Get("trade_no")
	o.PaidAmount = form.Get("buyer_pay_amount")
	_ = n.Orders.Settle(o) // want `on every delivery`
	if o.TradeStatus != orderstate.StatusWaitBuyerPay {
		c.String(http.StatusOK, "success")
		return
	}
	c.String(http.StatusOK, "success")
}

// AlipayNotifyPostedGuard tests the state the notification posts, not
// the stored order's: every delivery of the same trade posts the same
// state and books the commission again.
func (n *Notices) AlipayNotifyPostedGuard(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	form := c.Request.Form
	if err := verifyAlipaySign(form, n.PublicKey); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if form.Get("trade_status") == orderstate.StatusWaitBuyerPay {
		c.String(http.StatusOK, "success")
		return
	}
	o, err := n.Orders.FindOrder(&store.Order{OutTradeNo: form.Get("out_trade_no")})
	if err != nil {
		return
	}
	o.TradeNo = form.Get("trade_no")
	o.PaidAmount = form.Get("buyer_pay_amount")
	_ = n.Orders.Settle(o) // want `on every delivery`
	c.String(http.StatusOK, "success")
}

// WechatNotify settles only an order still in NOTPAY (WeChat Pay's state
// before payment): a redelivery finds it settled: silent.
func (n *Notices) WechatNotify(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	form := c.Request.Form
	if err := verifyAlipaySign(form, n.PublicKey); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	o, err := n.Orders.FindOrder(&store.Order{OutTradeNo: form.Get("out_trade_no")})
	if err != nil {
		return
	}
	if o.TradeStatus == orderstate.StatusNotPay {
		o.TradeNo = form.Get("transaction_id")
		_ = n.Orders.Settle(o)
	}
	c.String(http.StatusOK, "success")
}

// WechatNotifyInverted settles in the branch where the stored order is
// no longer NOTPAY: the branch a redelivery takes once the first one has
// settled it, so the commission is booked again.
func (n *Notices) WechatNotifyInverted(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	form := c.Request.Form
	if err := verifyAlipaySign(form, n.PublicKey); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	o, err := n.Orders.FindOrder(&store.Order{OutTradeNo: form.Get("out_trade_no")})
	if err != nil {
		return
	}
	if o.TradeStatus != orderstate.StatusNotPay {
		o.TradeNo = form.Get("transaction_id")
		_ = n.Orders.Settle(o) // want `on every delivery`
	}
	c.String(http.StatusOK, "success")
}
