package payment

// alipaySDK is github.com/smartwalle/alipay/v3 (checked: v3.2.20), the
// most used Go client of Alipay's open API. Every call is a method of
// *alipay.Client taking one request struct by value
// (client.TradeRefund(alipay.TradeRefund{...})). Alipay takes no
// idempotency header: each business call carries the merchant's own
// number, and Alipay answers a repeat with the same number as the same
// business, not a new one. The SDK adds none of its own and does not
// retry.
//
//   - TradePay (alipay.trade.pay, a barcode or sound-wave payment taken
//     from the buyer's code at once) charges the buyer: a write keyed by
//     its OutTradeNo (a field of the embedded Trade); Alipay refuses a
//     second trade with an out_trade_no it has seen.
//   - TradeRefund refunds a trade: a write keyed by OutRequestNo ("the
//     same out_request_no requested many times refunds once"). Without
//     one Alipay takes the trade's out_trade_no as the refund's request
//     number (alipay.trade.fastpay.refund.query), so a refund sent again
//     without it is the same refund: KeyDefault.
//   - FundTransUniTransfer pays money out to an Alipay account or a bank
//     card: a new payout keyed by OutBizNo, the merchant's unique number
//     for the transfer.
//   - TradePreCreate (a QR code) and TradeCreate (a trade a mini-program
//     or JSAPI buyer then pays) open a trade the buyer pays: Create, no
//     money moved by themselves.
//   - TradeQuery reads a trade's status (TradeQueryRsp.TradeStatus).
//
// Left out: TradePagePay, TradeWapPay and TradeAppPay sign a URL or an
// order string locally (BuildURL, EncodeParam) and send nothing, so
// there is no request to repeat or to wait for, and the trade is opened
// by the buyer's browser or app under the out_trade_no signed in; a
// call of them stays silent rather than counted as a provider call.
// TradeClose, TradeCancel (which refunds a paid trade) and the other
// fund calls are not modelled yet.
var alipaySDK = &provider{
	SDK:    "smartwalle/alipay",
	Label:  "alipay",
	Pkgs:   modules{"github.com/smartwalle/alipay"},
	Attach: attachPath,
	Fix:    "keep one merchant number for every attempt, made once before retrying (out_trade_no for a payment, out_request_no for a refund, out_biz_no for a transfer): Alipay answers a repeat with the same number as the same business",
	Funcs: []providerFunc{
		alipayFunc("TradePay", Write|Create, "OutTradeNo", "OutTradeNo"),
		alipayFunc("TradeRefund", Write, "OutRequestNo", "OutTradeNo", "OutTradeNo", "TradeNo"),
		alipayFunc("FundTransUniTransfer", Write|Create, "OutBizNo", ""),
		alipayFunc("TradePreCreate", Create, "", "OutTradeNo"),
		alipayFunc("TradeCreate", Create, "", "OutTradeNo"),
		alipayFunc("TradeQuery", StatusRead, "", "OutTradeNo"),
	},
	// VerifySign checks the form's sign against Alipay's public key;
	// DecodeNotification runs it before decoding the form, and
	// GetTradeNotification parses the request's form and decodes it:
	// each answers an error when the sign does not match.
	Verifiers: []providerVerifier{
		plainVerifier(alipayPkg, "Client", "VerifySign", "Client.VerifySign"),
		plainVerifier(alipayPkg, "Client", "DecodeNotification", "Client.DecodeNotification"),
		plainVerifier(alipayPkg, "Client", "GetTradeNotification", "Client.GetTradeNotification"),
	},
}

const alipayPkg = "github.com/smartwalle/alipay/v3"

// alipayFunc: a method of *alipay.Client taking its request struct as
// argument 0; key is the field that keys a write ("" for none), id the
// field naming the trade, keyDefault the fields naming the trade Alipay
// keys the write by when key is not set.
func alipayFunc(name string, k Kind, key, id string, keyDefault ...string) providerFunc {
	f := providerFunc{
		Pkg: alipayPkg, Recv: "Client", Name: name, Desc: "Client." + name, Kind: k,
		IDArg: -1, IDField: id, KeyArg: 0, KeyDefault: keyDefault,
		Outgoing: name == "FundTransUniTransfer",
	}
	if key != "" {
		f.KeyPath = []string{key}
	}
	return f
}

// alipayStatuses: TradeQueryRsp.TradeStatus (the SDK's TradeStatus
// constants). TRADE_FINISHED is a paid trade past its refund window;
// TRADE_CLOSED is an unpaid trade closed, or a paid one refunded in full.
var alipayStatuses = []statusSet{{
	Reads:   []string{"Client.TradeQuery"},
	Success: []string{"TRADE_SUCCESS", "TRADE_FINISHED"},
	Failure: []string{"TRADE_CLOSED"},
	Pending: []string{"WAIT_BUYER_PAY"},
}}
