// Package wechatpay: what the payment model knows of wechatpay-go.
package wechatpay

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/jsapi"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/native"
	"github.com/wechatpay-apiv3/wechatpay-go/services/refunddomestic"
)

func calls(ctx context.Context, nat native.NativeApiService, js *jsapi.JsapiApiService, refunds refunddomestic.RefundsApiService, no, txn, refundNo string) { // want `wrapper calls write\|create\|read wechatpay refunddomestic.RefundsApiService.Create keyparam=6 idparam=4`
	nat.Prepay(ctx, native.PrepayRequest{OutTradeNo: core.String(no)})                                                 // want `op create wechatpay native.NativeApiService.Prepay id=no$`
	js.PrepayWithRequestPayment(ctx, jsapi.PrepayRequest{OutTradeNo: core.String(no)})                                 // want `op create wechatpay jsapi.JsapiApiService.PrepayWithRequestPayment id=no$`
	nat.QueryOrderByOutTradeNo(ctx, native.QueryOrderByOutTradeNoRequest{OutTradeNo: core.String(no)})                 // want `op read wechatpay native.NativeApiService.QueryOrderByOutTradeNo id=no$`
	js.QueryOrderById(ctx, jsapi.QueryOrderByIdRequest{TransactionId: core.String(txn)})                               // want `op read wechatpay jsapi.JsapiApiService.QueryOrderById id=txn$`
	refunds.Create(ctx, refunddomestic.CreateRequest{OutTradeNo: core.String(no), OutRefundNo: core.String(refundNo)}) // want `op write wechatpay refunddomestic.RefundsApiService.Create key=OutRefundNo keyparam=6 id=no$`
	nat.CloseOrder(ctx, native.CloseOrderRequest{OutTradeNo: core.String(no)})                                         // not modelled
}
