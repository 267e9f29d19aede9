// Package orderstate names the states of a shop order, in the words of
// Alipay's trade states: an order waits for the buyer's payment until a
// notification says the trade succeeded (WeChat Pay calls the same state
// NOTPAY).
package orderstate

const (
	StatusWaitBuyerPay = "WAIT_BUYER_PAY"
	StatusTradeSuccess = "TRADE_SUCCESS"
	StatusTradeClosed  = "TRADE_CLOSED"
	StatusNotPay       = "NOTPAY"
)
