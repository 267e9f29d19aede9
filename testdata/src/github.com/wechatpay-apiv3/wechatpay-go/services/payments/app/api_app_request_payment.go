package app

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
)

type PrepayWithRequestPaymentResponse struct {
	PrepayId  *string `json:"prepayId"`
	PartnerId *string `json:"partnerId"`
	TimeStamp *string `json:"timeStamp"`
	NonceStr  *string `json:"nonceStr"`
	Package   *string `json:"package"`
	Sign      *string `json:"sign"`
}

func (a *AppApiService) PrepayWithRequestPayment(ctx context.Context, req PrepayRequest) (resp *PrepayWithRequestPaymentResponse, result *core.APIResult, err error) {
	panic("stub")
}
