package payment

// gopaySDK is github.com/go-pay/gopay (checked: v1.5.101), the common Go
// client of Alipay and WeChat Pay. Only the trade reads are listed: an
// Alipay or WeChat Pay notification is trusted by reading the trade back
// (alipay Client.TradeQuery(ctx, bm) with out_trade_no or trade_no in the
// BodyMap; wechat/v3 ClientV3.V3TransactionQueryOrder(ctx, type, no)),
// and that one read is what webhookack allows. Its packages are a
// library (never the merchant's flow), so their HTTP plumbing is no
// longer counted as slow work of its own; the writes (TradeRefund,
// V3Refund, the V3Transaction* creates) are left out until their keys
// (out_request_no, out_refund_no) are modelled, so a call of them is
// silent rather than guessed.
var gopaySDK = &provider{
	SDK:    "gopay",
	Label:  "gopay",
	Pkgs:   oneOf{"github.com/go-pay/gopay/alipay", "github.com/go-pay/gopay/wechat/v3"},
	NoKey:  true,
	Attach: attachNone,
	Fix:    "keep the same out_trade_no for every attempt",
	Funcs: []providerFunc{
		{Pkg: "github.com/go-pay/gopay/alipay", Recv: "Client", Name: "TradeQuery",
			Desc: "alipay.Client.TradeQuery", Kind: StatusRead, IDArg: -1, KeyArg: -1},
		{Pkg: "github.com/go-pay/gopay/wechat/v3", Recv: "ClientV3", Name: "V3TransactionQueryOrder",
			Desc: "wechat.ClientV3.V3TransactionQueryOrder", Kind: StatusRead, IDArg: 2, KeyArg: -1},
	},
}

// gopayStatuses: alipay TradeQuery.TradeStatus and wechat v3
// QueryOrder.TradeState, as the SDK's model comments list them.
// TRADE_FINISHED is a paid trade past its refund window.
var gopayStatuses = []statusSet{{
	Reads:   []string{"alipay.Client.TradeQuery"},
	Success: []string{"TRADE_SUCCESS", "TRADE_FINISHED"},
	Failure: []string{"TRADE_CLOSED"},
	Pending: []string{"WAIT_BUYER_PAY"},
}, {
	Reads:   []string{"wechat.ClientV3.V3TransactionQueryOrder"},
	Success: []string{"SUCCESS"},
	Failure: []string{"CLOSED", "REVOKED", "PAYERROR"},
	Pending: []string{"NOTPAY", "USERPAYING"},
}}
