package redirectfulfill_test

import "github.com/paylint/paylint/analyzers/redirectfulfill"

// AlipayReturn: an Alipay return_url page (gin GET) storing the order
// paid: reported when the query's trade_status decides, and when
// smartwalle/alipay/v3 TradeQuery is called but only its error is
// tested (a trade still WAIT_BUYER_PAY answers no error). Silent:
// TradeQuery's TradeStatus compared with TRADE_SUCCESS / TRADE_FINISHED
// before the order is stored paid.
var _ = cases.Add(redirectfulfill.Analyzer, "AlipayReturn", "alipayreturn/...")
