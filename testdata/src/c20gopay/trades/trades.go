// Package trades reads a course shop's Alipay and WeChat Pay trades back
// through go-pay: each method is one read of one trade's state.
package trades

import (
	"context"
	"errors"

	"github.com/go-pay/gopay"
	"github.com/go-pay/gopay/alipay"
	wechat "github.com/go-pay/gopay/wechat/v3"
)

var ErrUnpaid = errors.New("trade not paid")

type Reader struct {
	ali *alipay.Client
	wx  *wechat.ClientV3
}

func New(ali *alipay.Client, wx *wechat.ClientV3) *Reader { return &Reader{ali: ali, wx: wx} }

// AlipayPaid answers the amount of a paid Alipay trade.
func (r *Reader) AlipayPaid(ctx context.Context, outTradeNo string) (string, error) {
	bm := make(gopay.BodyMap)
	bm.Set("out_trade_no", outTradeNo)
	rsp, err := r.ali.TradeQuery(ctx, bm)
	if err != nil {
		return "", err
	}
	if rsp.Response.TradeStatus != "TRADE_SUCCESS" && rsp.Response.TradeStatus != "TRADE_FINISHED" {
		return "", ErrUnpaid
	}
	return rsp.Response.TotalAmount, nil
}

// WechatPaid tells whether a WeChat Pay order is paid.
func (r *Reader) WechatPaid(ctx context.Context, outTradeNo string) (bool, error) {
	rsp, err := r.wx.V3TransactionQueryOrder(ctx, wechat.OutTradeNo, outTradeNo)
	if err != nil {
		return false, err
	}
	return rsp.Response.TradeState == "SUCCESS", nil
}
