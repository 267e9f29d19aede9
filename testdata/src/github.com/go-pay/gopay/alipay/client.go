// Package alipay is a stub of github.com/go-pay/gopay/alipay (shape of
// v1.5.101).
package alipay

import (
	"context"

	"github.com/go-pay/gopay"
)

type Client struct{}

func NewClient(appid, privateKey string, isProd bool) (client *Client, err error) {
	return &Client{}, nil
}

type ErrorResponse struct {
	Code    string `json:"code"`
	Msg     string `json:"msg"`
	SubCode string `json:"sub_code,omitempty"`
	SubMsg  string `json:"sub_msg,omitempty"`
}

type TradeQuery struct {
	ErrorResponse
	TradeNo     string `json:"trade_no,omitempty"`
	OutTradeNo  string `json:"out_trade_no,omitempty"`
	TradeStatus string `json:"trade_status,omitempty"`
	TotalAmount string `json:"total_amount,omitempty"`
}

type TradeQueryResponse struct {
	Response     *TradeQuery `json:"alipay_trade_query_response"`
	AlipayCertSn string      `json:"alipay_cert_sn,omitempty"`
	SignData     string      `json:"-"`
	Sign         string      `json:"sign"`
}

func (a *Client) TradeQuery(ctx context.Context, bm gopay.BodyMap) (aliRsp *TradeQueryResponse, err error) {
	panic("stub")
}
