// Package h5 is a stub of
// github.com/wechatpay-apiv3/wechatpay-go/services/payments/h5 (shape of
// v0.2.21).
package h5

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments"
)

type H5ApiService services.Service

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
	H5Url *string `json:"h5_url"`
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

func (a *H5ApiService) CloseOrder(ctx context.Context, req CloseOrderRequest) (result *core.APIResult, err error) {
	panic("stub")
}

func (a *H5ApiService) Prepay(ctx context.Context, req PrepayRequest) (resp *PrepayResponse, result *core.APIResult, err error) {
	panic("stub")
}

func (a *H5ApiService) QueryOrderById(ctx context.Context, req QueryOrderByIdRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}

func (a *H5ApiService) QueryOrderByOutTradeNo(ctx context.Context, req QueryOrderByOutTradeNoRequest) (resp *payments.Transaction, result *core.APIResult, err error) {
	panic("stub")
}
