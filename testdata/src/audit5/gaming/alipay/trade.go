package alipay

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// GemPack is a priced bundle of gems from the store catalogue.
type GemPack struct {
	SKU   string
	Gems  int64
	Yuan  string // "6.00"
	Title string
}

type precreateBiz struct {
	OutTradeNo     string `json:"out_trade_no"`
	TotalAmount    string `json:"total_amount"`
	Subject        string `json:"subject"`
	TimeoutExpress string `json:"timeout_express,omitempty"`
}

type precreateResp struct {
	R struct {
		Code       string `json:"code"`
		Msg        string `json:"msg"`
		SubCode    string `json:"sub_code"`
		OutTradeNo string `json:"out_trade_no"`
		QRCode     string `json:"qr_code"`
	} `json:"alipay_trade_precreate_response"`
}

// TopUpQR places a gem top-up and returns (out_trade_no, qr_code).
// The gateway is flaky from our HK region, so transport errors are retried.
func (c *Client) TopUpQR(ctx context.Context, playerID string, pack GemPack) (string, string, error) {
	var lastErr error
	for attempt := 1; attempt <= 3; attempt++ {
		outTradeNo := fmt.Sprintf("G%s%d", playerID, time.Now().UnixNano())
		var out precreateResp
		err := c.call(ctx, "alipay.trade.precreate", precreateBiz{ // want "\\[idempotency\\] POST alipay.trade.precreate is retried by a for loop \\(line 39\\) with an idempotency key made anew on every attempt"
			OutTradeNo:     outTradeNo,
			TotalAmount:    pack.Yuan,
			Subject:        pack.Title,
			TimeoutExpress: "15m",
		}, &out)
		if err != nil {
			lastErr = err
			time.Sleep(time.Duration(attempt) * 2 * time.Second)
			continue
		}
		if out.R.Code != "10000" {
			return "", "", fmt.Errorf("precreate: %s %s", out.R.SubCode, out.R.Msg)
		}
		return outTradeNo, out.R.QRCode, nil
	}
	return "", "", lastErr
}

type refundBiz struct {
	OutTradeNo   string `json:"out_trade_no"`
	RefundAmount string `json:"refund_amount"`
	OutRequestNo string `json:"out_request_no"`
	RefundReason string `json:"refund_reason"`
}

type refundResp struct {
	R struct {
		Code       string `json:"code"`
		Msg        string `json:"msg"`
		FundChange string `json:"fund_change"`
	} `json:"alipay_trade_refund_response"`
}

// Refund refunds a top-up; out_request_no comes from our refund ticket so
// a repeated call is the same refund to Alipay.
func (c *Client) Refund(ctx context.Context, outTradeNo, ticketID, yuan string) error {
	biz := refundBiz{OutTradeNo: outTradeNo, RefundAmount: yuan, OutRequestNo: "RF" + ticketID, RefundReason: "player refund"}
	wait := 2 * time.Second
	for attempt := 0; attempt < 4; attempt++ {
		var out refundResp
		err := c.call(ctx, "alipay.trade.refund", biz, &out)
		var gw *GatewayError
		if errors.As(err, &gw) {
			time.Sleep(wait)
			wait *= 2
			continue
		}
		if err != nil {
			return err
		}
		if out.R.Code != "10000" {
			return fmt.Errorf("refund: %s", out.R.Msg)
		}
		return nil
	}
	return errors.New("refund: gateway unavailable")
}
