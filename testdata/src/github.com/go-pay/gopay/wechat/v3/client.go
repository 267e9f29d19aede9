// Package wechat is a stub of github.com/go-pay/gopay/wechat/v3 (shape of
// v1.5.101).
package wechat

import "context"

type OrderNoType uint8

const (
	TransactionId OrderNoType = 1
	OutTradeNo    OrderNoType = 2
)

type ClientV3 struct{}

func NewClientV3(mchid, serialNo, apiV3Key, privateKey string) (client *ClientV3, err error) {
	return &ClientV3{}, nil
}

type QueryOrder struct {
	Appid         string `json:"appid"`
	Mchid         string `json:"mchid"`
	OutTradeNo    string `json:"out_trade_no"`
	TransactionId string `json:"transaction_id"`
	TradeState    string `json:"trade_state"`
}

type QueryOrderRsp struct {
	Code     int         `json:"-"`
	Response *QueryOrder `json:"response,omitempty"`
	Error    string      `json:"-"`
}

func (c *ClientV3) V3TransactionQueryOrder(ctx context.Context, orderNoType OrderNoType, orderNo string) (wxRsp *QueryOrderRsp, err error) {
	panic("stub")
}
