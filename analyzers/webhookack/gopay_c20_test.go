package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// GopayReadC20: an echo course shop's Alipay and WeChat Pay notifications
// read the trade back through go-pay (alipay Client.TradeQuery, wechat/v3
// V3TransactionQueryOrder) in a wrapper of another package. Silent: the
// one read back before a local write, whichever provider. Reported: the
// read back followed by a post to the CRM, and a second provider read
// (Alipay, then WeChat Pay) before the answer.
var _ = cases.Add(webhookack.Analyzer, "GopayReadC20", "c20gopay/...")
