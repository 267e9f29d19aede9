// Package alipay: what the payment model knows of smartwalle/alipay/v3.
package alipay

import (
	"github.com/smartwalle/alipay/v3"
)

func calls(c *alipay.Client, no, tradeNo, requestNo, bizNo string) { // want `wrapper calls write\|create\|read alipay Client.TradePay keyparam=1 idparam=1`
	c.TradePay(alipay.TradePay{Trade: alipay.Trade{OutTradeNo: no}, AuthCode: "28763443825664394"}) // want `op write\|create alipay Client.TradePay key=OutTradeNo keyparam=1 id=no$`
	c.TradeRefund(alipay.TradeRefund{OutTradeNo: no, OutRequestNo: requestNo})                      // want `op write alipay Client.TradeRefund key=OutRequestNo keyparam=3 id=no$`
	c.TradeRefund(alipay.TradeRefund{TradeNo: tradeNo, RefundAmount: "1.00"})                       // want `op write alipay Client.TradeRefund key=TradeNo keyparam=2$`
	c.FundTransUniTransfer(alipay.FundTransUniTransfer{OutBizNo: bizNo, TransAmount: "1.00"})       // want `op write\|create alipay Client.FundTransUniTransfer key=OutBizNo keyparam=4$`
	c.TradePreCreate(alipay.TradePreCreate{Trade: alipay.Trade{OutTradeNo: no}})                    // want `op create alipay Client.TradePreCreate id=no$`
	c.TradeCreate(alipay.TradeCreate{Trade: alipay.Trade{OutTradeNo: no}})                          // want `op create alipay Client.TradeCreate id=no$`
	c.TradeQuery(alipay.TradeQuery{OutTradeNo: no})                                                 // want `op read alipay Client.TradeQuery id=no$`
	c.TradePagePay(alipay.TradePagePay{Trade: alipay.Trade{OutTradeNo: no}})                        // signs a URL locally: nothing sent
	c.TradeClose(alipay.TradeClose{OutTradeNo: no})                                                 // not modelled
	c.VerifySign(nil)                                                                               // a verifier, no payment op
}
