package pollbound

// AlipayTradePoll: a QR-code trade read back until paid with
// smartwalle/alipay/v3 TradeQuery and wechatpay-go
// QueryOrderByOutTradeNo, whose statuses are provider data
// (WAIT_BUYER_PAY / NOTPAY pending, TRADE_CLOSED / CLOSED final):
// reported with only the paid exit (with and without an attempt cap),
// and with both exits but no bound. Silent: a deadline with the closed
// exit too, and a context with any non-pending state ending it.
var _ = cases.Add(Analyzer, "AlipayTradePoll", "alipaytradepoll/...")
