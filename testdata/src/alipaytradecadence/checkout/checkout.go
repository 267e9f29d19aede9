// Package checkout polls an Alipay trade (smartwalle/alipay/v3
// TradeQuery) and a WeChat Pay transaction (wechatpay-go
// QueryOrderByOutTradeNo) while the buyer scans the QR code.
package checkout

import (
	"context"
	"errors"
	"time"

	"github.com/smartwalle/alipay/v3"
	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/native"
)

// Read twice a second.
func PollAlipayFast(ali *alipay.Client, outTradeNo string) error {
	for i := 0; i < 600; i++ {
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil && rsp.TradeStatus != alipay.TradeStatusWaitBuyerPay {
			return nil
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
	return errors.New("alipay: timed out")
}

// WeChat Pay read on a one-second ticker.
func PollWechatFast(ctx context.Context, svc native.NativeApiService, outTradeNo string) error {
	t := time.NewTicker(time.Second) // want `payment status polled every 1s`
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		tx, _, err := svc.QueryOrderByOutTradeNo(ctx, native.QueryOrderByOutTradeNoRequest{OutTradeNo: core.String(outTradeNo)})
		if err == nil && *tx.TradeState != "NOTPAY" && *tx.TradeState != "USERPAYING" {
			return nil
		}
	}
}

// --- silent ---

// Every three seconds, under a deadline.
func PollAlipay(ali *alipay.Client, outTradeNo string) error {
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil && rsp.TradeStatus != alipay.TradeStatusWaitBuyerPay {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return errors.New("alipay: timed out")
}

// Half a second between closing an old trade's page and nothing polled:
// TradeClose is no status read.
func CloseStale(ali *alipay.Client, outTradeNos []string) {
	for _, no := range outTradeNos {
		ali.TradeClose(alipay.TradeClose{OutTradeNo: no})
		time.Sleep(500 * time.Millisecond)
	}
}
