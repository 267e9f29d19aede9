package payment

// wechatpaySDK is WeChat Pay's official API v3 SDK,
// github.com/wechatpay-apiv3/wechatpay-go (checked: v0.2.21 in the module
// cache). Each service is a type over services.Service
// (native.NativeApiService{Client: client}) whose methods take
// (ctx, XxxRequest) by value and answer (resp, *core.APIResult, error);
// the request's fields are pointers (core.String(no)). WeChat Pay takes
// no idempotency header: each business call carries the merchant's own
// number, and a repeat with the same number is the same business. The
// SDK adds none of its own and does not retry.
//
//   - Prepay of services/payments/native, jsapi, app and h5 (and
//     PrepayWithRequestPayment of jsapi and app, which prepay and sign
//     the parameters the app hands WeChat) opens a transaction under its
//     OutTradeNo that the buyer then pays: Create, no money moved by
//     itself.
//   - QueryOrderByOutTradeNo and QueryOrderById read a transaction's
//     status (payments.Transaction.TradeState).
//   - refunddomestic RefundsApiService.Create refunds a transaction: a
//     write keyed by OutRefundNo ("the same out_refund_no requested many
//     times refunds once").
//
// Left out: CloseOrder, and the other services (transfers, profit
// sharing, partner payments), not modelled yet.
var wechatpaySDK = &provider{
	SDK:    "wechatpay-go",
	Label:  "wechatpay",
	Pkgs:   modules{"github.com/wechatpay-apiv3/wechatpay-go"},
	Attach: attachPath,
	Fix:    "keep one out_refund_no for every attempt, made once before retrying: WeChat Pay refunds once per out_refund_no",
	Funcs: append(wechatpayPayments(),
		providerFunc{Pkg: wechatpayPkg + "/services/refunddomestic", Recv: "RefundsApiService", Name: "Create",
			Desc: "refunddomestic.RefundsApiService.Create", Kind: Write, IDArg: -1, IDField: "OutTradeNo",
			KeyArg: 1, KeyPath: []string{"OutRefundNo"}},
	),
	// (*notify.Handler).ParseNotifyRequest checks the request's
	// Wechatpay-Signature against the platform certificate, then decrypts
	// the resource into content: an error when either fails.
	Verifiers: []providerVerifier{
		plainVerifier(wechatpayPkg+"/core/notify", "Handler", "ParseNotifyRequest", "notify.Handler.ParseNotifyRequest"),
	},
}

const wechatpayPkg = "github.com/wechatpay-apiv3/wechatpay-go"

// wechatpayPayments: the calls of the four direct-payment services
// (native, jsapi, app, h5), each as "<pkg>.<Service>.<Method>".
func wechatpayPayments() []providerFunc {
	var out []providerFunc
	for _, s := range []struct{ pkg, svc string }{
		{"native", "NativeApiService"}, {"jsapi", "JsapiApiService"}, {"app", "AppApiService"}, {"h5", "H5ApiService"},
	} {
		f := func(name string, k Kind, id string) providerFunc {
			return providerFunc{Pkg: wechatpayPkg + "/services/payments/" + s.pkg, Recv: s.svc, Name: name,
				Desc: s.pkg + "." + s.svc + "." + name, Kind: k, IDArg: -1, IDField: id, KeyArg: 1}
		}
		out = append(out,
			f("Prepay", Create, "OutTradeNo"),
			f("QueryOrderByOutTradeNo", StatusRead, "OutTradeNo"),
			f("QueryOrderById", StatusRead, "TransactionId"))
		if s.pkg == "jsapi" || s.pkg == "app" {
			out = append(out, f("PrepayWithRequestPayment", Create, "OutTradeNo"))
		}
	}
	return out
}

// wechatpayReads: the Desc of every status read of wechatpayPayments.
func wechatpayReads() []string {
	var out []string
	for _, f := range wechatpayPayments() {
		if f.Kind.Has(StatusRead) {
			out = append(out, f.Desc)
		}
	}
	return out
}

// wechatpayStatuses: payments.Transaction.TradeState, a string in
// v0.2.21 whose values are WeChat Pay's query-order reference's. REFUND
// is a paid transaction refunded since: a failure to a poll waiting for
// payment.
var wechatpayStatuses = []statusSet{{
	Reads:   wechatpayReads(),
	Success: []string{"SUCCESS"},
	Failure: []string{"CLOSED", "REVOKED", "PAYERROR", "REFUND"},
	Pending: []string{"NOTPAY", "USERPAYING"},
}}
