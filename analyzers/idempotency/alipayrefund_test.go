package idempotency_test

import "github.com/paylint/paylint/analyzers/idempotency"

// AlipayRefund: Alipay and WeChat Pay key a refund, a transfer and a
// barcode payment by the merchant's own number (smartwalle/alipay/v3
// TradeRefund's OutRequestNo, FundTransUniTransfer's OutBizNo, TradePay's
// OutTradeNo; wechatpay-go refunddomestic Create's OutRefundNo).
var _ = cases.Add(idempotency.Analyzer, "AlipayRefund", "alipayrefund/...")
