// Package checkout waits for a QR-code trade to be paid by reading it
// back from Alipay (smartwalle/alipay/v3 TradeQuery) and from WeChat Pay
// (wechatpay-go QueryOrderByOutTradeNo). A trade the buyer never pays
// stays WAIT_BUYER_PAY (NOTPAY) until Alipay closes it, and one closed or
// revoked never succeeds.
package checkout

import (
	"context"
	"errors"
	"time"

	"github.com/smartwalle/alipay/v3"
	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/native"
)

var errClosed = errors.New("trade closed")

// No bound and no exit but success: a trade never paid is read forever.
func WaitAlipayForever(ali *alipay.Client, outTradeNo string) {
	for { // want `loop polling payment outTradeNo stops only when the payment succeeds \(line 25\): .* and it has no bound`
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil && rsp.TradeStatus == alipay.TradeStatusSuccess {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// Bounded, but only success ends it: a closed trade is read until the
// cap.
func WaitAlipaySuccessOnly(ali *alipay.Client, outTradeNo string) bool {
	for i := 0; i < 100; i++ { // want `loop polling payment outTradeNo stops only when the payment succeeds`
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil && (rsp.TradeStatus == alipay.TradeStatusSuccess || rsp.TradeStatus == alipay.TradeStatusFinished) {
			return true
		}
		time.Sleep(3 * time.Second)
	}
	return false
}

// WeChat Pay's transaction read with no bound, until paid.
func WaitWechatForever(svc native.NativeApiService, outTradeNo string) {
	for { // want `loop polling payment outTradeNo stops only when the payment succeeds \(line 51\): .* and it has no bound`
		tx, _, err := svc.QueryOrderByOutTradeNo(context.Background(), native.QueryOrderByOutTradeNoRequest{
			OutTradeNo: core.String(outTradeNo), Mchid: core.String("1900000001"),
		})
		if err == nil && *tx.TradeState == "SUCCESS" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Both ends handled, but nothing bounds the wait: a trade left
// WAIT_BUYER_PAY is read until Alipay closes it, or forever if it never
// does for this loop (a read error swallowed each round).
func WaitAlipayUnbounded(ali *alipay.Client, outTradeNo string) error {
	for { // want `loop polling payment outTradeNo has no bound`
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil {
			switch rsp.TradeStatus {
			case alipay.TradeStatusSuccess, alipay.TradeStatusFinished:
				return nil
			case alipay.TradeStatusClosed:
				return errClosed
			}
		}
		time.Sleep(3 * time.Second)
	}
}

// --- silent ---

// A deadline, a sleep, and both ends: paid, or closed.
func WaitAlipay(ali *alipay.Client, outTradeNo string) error {
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		rsp, err := ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
		if err == nil {
			switch rsp.TradeStatus {
			case alipay.TradeStatusSuccess, alipay.TradeStatusFinished:
				return nil
			case alipay.TradeStatusClosed:
				return errClosed
			}
		}
		time.Sleep(3 * time.Second)
	}
	return errors.New("alipay: still waiting for the buyer")
}

// The context bounds it; any state but NOTPAY and USERPAYING ends it.
func WaitWechat(ctx context.Context, svc native.NativeApiService, outTradeNo string) (string, error) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		tx, _, err := svc.QueryOrderByOutTradeNo(ctx, native.QueryOrderByOutTradeNoRequest{
			OutTradeNo: core.String(outTradeNo), Mchid: core.String("1900000001"),
		})
		if err != nil {
			continue
		}
		if st := *tx.TradeState; st != "NOTPAY" && st != "USERPAYING" {
			return st, nil
		}
	}
}
