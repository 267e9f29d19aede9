// Package refunds: refunds, transfers and barcode payments through
// github.com/smartwalle/alipay/v3, retried after a failure. Alipay keys
// each by the merchant's own number (out_request_no, out_biz_no,
// out_trade_no) and answers a repeat with the same number as the same
// business; a number made anew on every attempt is a new refund, a new
// transfer, a new charge.
package refunds

import (
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
	"github.com/smartwalle/alipay/v3"
)

type Refunder struct {
	ali *alipay.Client
}

// A new out_request_no on every attempt: a refund whose answer was lost
// is refunded again.
func (r *Refunder) RefundWithFreshRequestNo(outTradeNo, amount string) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		rsp, err := r.ali.TradeRefund(alipay.TradeRefund{ // want `alipay Client.TradeRefund is retried by a for loop \(line 26\) with an idempotency key made anew on every attempt`
			OutTradeNo:   outTradeNo,
			RefundAmount: amount,
			OutRequestNo: uuid.NewString(),
		})
		if err == nil && rsp.IsSuccess() {
			return nil
		}
		lastErr = err
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return lastErr
}

// The same, the request number stamped with the time of each attempt.
func (r *Refunder) RefundStampedPerAttempt(outTradeNo, amount string) error {
	req := alipay.TradeRefund{OutTradeNo: outTradeNo, RefundAmount: amount}
	for attempt := 0; attempt < 3; attempt++ {
		req.OutRequestNo = fmt.Sprintf("%s-%d", outTradeNo, time.Now().UnixNano())
		if _, err := r.ali.TradeRefund(req); err == nil { // want `alipay Client.TradeRefund is retried by a for loop \(line 44\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("alipay refund: gave up")
}

// A new out_biz_no per attempt: a second transfer to the payee.
func (r *Refunder) PayoutWithFreshBizNo(account, amount string) error {
	for attempt := 0; attempt < 3; attempt++ {
		p := alipay.FundTransUniTransfer{
			OutBizNo:    "payout-" + uuid.NewString(),
			TransAmount: amount,
			ProductCode: "TRANS_ACCOUNT_NO_PWD",
			BizScene:    "DIRECT_TRANSFER",
			PayeeInfo:   &alipay.PayeeInfo{Identity: account, IdentityType: "ALIPAY_LOGON_ID"},
		}
		if _, err := r.ali.FundTransUniTransfer(p); err == nil { // want `alipay Client.FundTransUniTransfer is retried by a for loop \(line 56\) with an idempotency key made anew on every attempt`
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("alipay transfer: gave up")
}

// A barcode payment whose out_trade_no is made on every attempt: the
// buyer's code is charged again.
func (r *Refunder) ChargeBarcodeFreshTradeNo(authCode, amount string) error {
	for attempt := 0; attempt < 2; attempt++ {
		var p alipay.TradePay
		p.OutTradeNo = uuid.NewString()
		p.TotalAmount = amount
		p.Subject = "counter sale"
		p.Scene = "bar_code"
		p.AuthCode = authCode
		if _, err := r.ali.TradePay(p); err == nil { // want `alipay Client.TradePay is retried by a for loop \(line 75\) with an idempotency key made anew on every attempt`
			return nil
		}
	}
	return errors.New("alipay pay: gave up")
}

// --- silent ---

// One out_request_no made before the loop: Alipay refunds once.
func (r *Refunder) RefundWithOneRequestNo(outTradeNo, amount string) error {
	requestNo := uuid.NewString()
	for attempt := 0; attempt < 3; attempt++ {
		rsp, err := r.ali.TradeRefund(alipay.TradeRefund{
			OutTradeNo:   outTradeNo,
			RefundAmount: amount,
			OutRequestNo: requestNo,
		})
		if err == nil && rsp.IsSuccess() {
			return nil
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return errors.New("alipay refund: gave up")
}

// The request number derived from the refund's own row.
func (r *Refunder) RefundForRow(refundID int64, outTradeNo, amount string) error {
	req := alipay.TradeRefund{OutTradeNo: outTradeNo, RefundAmount: amount}
	req.OutRequestNo = fmt.Sprintf("refund-%d", refundID)
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := r.ali.TradeRefund(req); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("alipay refund: gave up")
}

// No out_request_no: Alipay takes the trade's out_trade_no as the
// refund's request number, the same on every attempt.
func (r *Refunder) FullRefundKeyedByTrade(tradeNo, amount string) error {
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := r.ali.TradeRefund(alipay.TradeRefund{TradeNo: tradeNo, RefundAmount: amount}); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("alipay refund: gave up")
}

// One out_biz_no for the payout, from the withdrawal it pays.
func (r *Refunder) PayoutForWithdrawal(withdrawalID, account, amount string) error {
	p := alipay.FundTransUniTransfer{
		OutBizNo:    "wd-" + withdrawalID,
		TransAmount: amount,
		ProductCode: "TRANS_ACCOUNT_NO_PWD",
		BizScene:    "DIRECT_TRANSFER",
		PayeeInfo:   &alipay.PayeeInfo{Identity: account, IdentityType: "ALIPAY_LOGON_ID"},
	}
	for attempt := 0; attempt < 3; attempt++ {
		if _, err := r.ali.FundTransUniTransfer(p); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("alipay transfer: gave up")
}

// The order's out_trade_no, set in the embedded Trade's literal, made
// once: a second attempt is the same trade.
func (r *Refunder) ChargeBarcodeForOrder(orderNo, authCode, amount string) error {
	p := alipay.TradePay{
		Trade:    alipay.Trade{OutTradeNo: orderNo, TotalAmount: amount, Subject: "counter sale"},
		Scene:    "bar_code",
		AuthCode: authCode,
	}
	for attempt := 0; attempt < 2; attempt++ {
		if _, err := r.ali.TradePay(p); err == nil {
			return nil
		}
	}
	return errors.New("alipay pay: gave up")
}

// A QR-code trade opened again with a new number moves no money by
// itself: the buyer pays the code they are shown.
func (r *Refunder) PrecreateRetried(amount string) (string, error) {
	for attempt := 0; attempt < 3; attempt++ {
		var p alipay.TradePreCreate
		p.OutTradeNo = uuid.NewString()
		p.TotalAmount = amount
		p.Subject = "top-up"
		if rsp, err := r.ali.TradePreCreate(p); err == nil {
			return rsp.QRCode, nil
		}
	}
	return "", errors.New("alipay precreate: gave up")
}
