// Package jsapi is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services/payments/jsapi (shape of
// v0.2.21).
package jsapi

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments"
)

type JsapiApiService services.Service

type Amount struct {
	Total    *int64  `json:"total"`
	Currency *string `json:"currency,omitempty"`
}

type Payer struct {
	Openid *string `json:"openid,omitempty"`
}

type PrepayRequest struct {
	Appid       *string `json:"appid"`
	Mchid       *string `json:"mchid"`
	Description *string `json:"description"`
	OutTradeNo  *string `json:"out_trade_no"`
	Attach      *string `json:"attach,omitempty"`
	NotifyUrl   *string `json:"notify_url"`
	Amount      *Amount `json:"amount"`
	Payer       *Payer  `json:"payer"`
}

type PrepayResponse struct {
	PrepayId *string `json:"prepay_id"`
}

type QueryOrderByIdRequest struct {
	TransactionId *string `json:"transaction_id"`
	Mchid         *string `json:"mchid"`
}

type QueryOrderByOutTradeNoRequest struct {
	OutTradeNo *string `json:"out_trade_no"`
	Mchid      *string `json:"mchid"`
}

type CloseOrderRequest struct {
	OutTradeNo *string `json:"out_trade_no"`
	Mchid      *string `json:"mchid"`
}

func (a *JsapiApiService) CloseOrder(ctx context.Context, req CloseOrderRequest) (result *core.APIResult, err error) {
	panic("stub")
}

func (a *JsapiApiService) Prepay(ctx context.Context, req PrepayRequest) (resp *PrepayResponse, result *core.APIResult, err error) {
	panic("stub")
}

func (a *JsapiApiService) QueryOrderById(ctx context.Context, req QueryOrderByIdRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}

func (a *JsapiApiService) QueryOrderByOutTradeNo(ctx context.Context, req QueryOrderByOutTradeNoRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}
