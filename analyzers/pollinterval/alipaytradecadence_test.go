package pollinterval

// AlipayTradeCadence: smartwalle/alipay/v3 TradeQuery read every 500ms
// and wechatpay-go QueryOrderByOutTradeNo on a one-second ticker are
// reported. Silent: TradeQuery every 3s under a deadline, and a loop of
// TradeClose calls (no status read) half a second apart.
var _ = cases.Add(Analyzer, "AlipayTradeCadence", "alipaytradecadence/...")
