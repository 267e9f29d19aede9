package jsapi

import (
	"context"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
)

type PrepayWithRequestPaymentResponse struct {
	PrepayId  *string `json:"prepay_id"`
	Appid     *string `json:"appId"`
	TimeStamp *string `json:"timeStamp"`
	NonceStr  *string `json:"nonceStr"`
	Package   *string `json:"package"`
	SignType  *string `json:"signType"`
	PaySign   *string `json:"paySign"`
}

func (a *JsapiApiService) PrepayWithRequestPayment(ctx context.Context, req PrepayRequest) (resp *PrepayWithRequestPaymentResponse, result *core.APIResult, err error) {
	panic("stub")
}
