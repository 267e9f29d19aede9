// Package app is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services/payments/app (shape of
// v0.2.21).
package app

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments"
)

type AppApiService services.Service

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

func (a *AppApiService) CloseOrder(ctx context.Context, req CloseOrderRequest) (result *core.APIResult, err error) {
	panic("stub")
}

func (a *AppApiService) Prepay(ctx context.Context, req PrepayRequest) (resp *PrepayResponse, result *core.APIResult, err error) {
	panic("stub")
}

func (a *AppApiService) QueryOrderById(ctx context.Context, req QueryOrderByIdRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}

func (a *AppApiService) QueryOrderByOutTradeNo(ctx context.Context, req QueryOrderByOutTradeNoRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}
