package refunds

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/native"
	"github.com/wechatpay-apiv3/wechatpay-go/services/refunddomestic"
)

// WeChat Pay refunds once per out_refund_no.

type WechatRefunds struct {
	svc refunddomestic.RefundsApiService
}

// A new out_refund_no on every attempt.
func (w *WechatRefunds) RefundFreshNo(ctx context.Context, outTradeNo string, amount, total int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		_, _, err := w.svc.Create(ctx, refunddomestic.CreateRequest{ // want `wechatpay refunddomestic.RefundsApiService.Create is retried by a for loop \(line 22\) with an idempotency key made anew on every attempt`
			OutTradeNo:  core.String(outTradeNo),
			OutRefundNo: core.String(uuid.NewString()),
			Amount:      &refunddomestic.AmountReq{Refund: core.Int64(amount), Total: core.Int64(total), Currency: core.String("CNY")},
		})
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("wechat refund: gave up")
}

// --- silent ---

// One out_refund_no, from the refund's row.
func (w *WechatRefunds) RefundForRow(ctx context.Context, refundNo, outTradeNo string, amount, total int64) error {
	req := refunddomestic.CreateRequest{
		OutTradeNo:  core.String(outTradeNo),
		OutRefundNo: core.String(refundNo),
		Amount:      &refunddomestic.AmountReq{Refund: core.Int64(amount), Total: core.Int64(total), Currency: core.String("CNY")},
	}
	for attempt := 0; attempt < 3; attempt++ {
		if _, _, err := w.svc.Create(ctx, req); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("wechat refund: gave up")
}

// A Native prepay (a QR code to scan) asked again moves no money.
func PrepayRetried(ctx context.Context, svc native.NativeApiService, amount int64) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		resp, _, err := svc.Prepay(ctx, native.PrepayRequest{
			Appid:       core.String("wx-app"),
			Mchid:       core.String("1900000001"),
			Description: core.String("top-up"),
			OutTradeNo:  core.String(uuid.NewString()),
			NotifyUrl:   core.String("https://shop.example/pay/wechat/notify"),
			Amount:      &native.Amount{Total: core.Int64(amount)},
		})
		if err == nil {
			return *resp.CodeUrl, nil
		}
	}
	return "", errors.New("wechat prepay: gave up")
}
