// Package app calls the gateway client of package gw: the constant at
// each call says what the call does.
package app

import (
	"context"

	"model/formwrapper/gw"
)

type trade struct {
	OutTradeNo string `json:"out_trade_no"`
	Amount     string `json:"total_amount"`
}

func use(ctx context.Context, c *gw.Client, orderNo string) { // want `wrapper use write\|create\|read POST alipay.trade.create keyparam=2$`
	c.Execute(ctx, "alipay.trade.create", trade{OutTradeNo: orderNo, Amount: "9.90"})          // want `op write\|create POST alipay.trade.create key=out_trade_no keyparam=2 via=Execute$`
	c.Execute(ctx, "alipay.trade.query", map[string]string{"out_trade_no": orderNo})           // want `op read POST alipay.trade.query via=Execute$`
	c.Execute(ctx, "alipay.trade.refund", map[string]string{"out_request_no": "r-" + orderNo}) // want `op write POST alipay.trade.refund key=out_request_no keyparam=2 via=Execute$`
	// Not payments: a login, a profile read, a method only known at run time.
	c.Execute(ctx, "alipay.system.oauth.token", map[string]string{"code": orderNo})
	c.Execute(ctx, "alipay.user.info.share", map[string]string{"auth_token": orderNo})
	m := "alipay.trade." + orderNo
	c.Execute(ctx, m, trade{OutTradeNo: orderNo})
}
