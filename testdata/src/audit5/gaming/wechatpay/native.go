package wechatpay

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"strconv"
)

func nonce() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// NativeOrder is a created QR order.
type NativeOrder struct {
	OutTradeNo string
	CodeURL    string
}

// CreateNative places a Native order (pay/unifiedorder, trade_type NATIVE).
func (c *Client) CreateNative(ctx context.Context, outTradeNo, body string, fen int64, notifyURL string) (*NativeOrder, error) {
	out, err := c.post(ctx, "/pay/unifiedorder", Params{
		"out_trade_no": outTradeNo,
		"body":         body,
		"total_fee":    strconv.FormatInt(fen, 10),
		"trade_type":   "NATIVE",
		"notify_url":   notifyURL,
	})
	if err != nil {
		return nil, err
	}
	if out["result_code"] != "SUCCESS" {
		return nil, errors.New("unifiedorder: " + out["err_code_des"])
	}
	return &NativeOrder{OutTradeNo: outTradeNo, CodeURL: out["code_url"]}, nil
}

// TradeState reads pay/orderquery: SUCCESS, NOTPAY, USERPAYING, CLOSED,
// REVOKED, PAYERROR, REFUND.
func (c *Client) TradeState(ctx context.Context, outTradeNo string) (string, error) {
	out, err := c.post(ctx, "/pay/orderquery", Params{"out_trade_no": outTradeNo})
	if err != nil {
		return "", err
	}
	return out["trade_state"], nil
}

// Refund asks for a refund; out_refund_no comes from our ticket so the
// same ticket is the same refund.
func (c *Client) Refund(ctx context.Context, outTradeNo, ticketID string, totalFen, refundFen int64) error {
	p := Params{
		"out_trade_no":  outTradeNo,
		"out_refund_no": "R" + ticketID,
		"total_fee":     strconv.FormatInt(totalFen, 10),
		"refund_fee":    strconv.FormatInt(refundFen, 10),
	}
	var err error
	for i := 0; i < 5; i++ {
		if _, err = c.post(ctx, "/secapi/pay/refund", p); err == nil { // want "\\[retrystatus\\] POST /secapi/pay/refund is retried" "\\[retrybackoff\\] POST /secapi/pay/refund is retried by a for loop \\(line 61\\) with no wait"
			return nil
		}
	}
	return err
}

// CloseOrder closes an unpaid order so its QR code stops working.
func (c *Client) CloseOrder(ctx context.Context, outTradeNo string) error {
	_, err := c.post(ctx, "/pay/closeorder", Params{"out_trade_no": outTradeNo})
	return err
}
