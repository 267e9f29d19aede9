package alipay

import (
	"context"
	"time"
)

type queryResp struct {
	R struct {
		Code        string `json:"code"`
		TradeNo     string `json:"trade_no"`
		TradeStatus string `json:"trade_status"`
		TotalAmount string `json:"total_amount"`
	} `json:"alipay_trade_query_response"`
}

// TradeStatus reads the trade's state: WAIT_BUYER_PAY, TRADE_SUCCESS,
// TRADE_FINISHED or TRADE_CLOSED.
func (c *Client) TradeStatus(ctx context.Context, outTradeNo string) (string, error) {
	var out queryResp
	if err := c.call(ctx, "alipay.trade.query", map[string]string{"out_trade_no": outTradeNo}, &out); err != nil {
		return "", err
	}
	return out.R.TradeStatus, nil
}

// WaitPaid lets the cashier screen flip to "paid" as soon as the player
// confirms in the Alipay app.
func (c *Client) WaitPaid(ctx context.Context, outTradeNo string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	tick := time.NewTicker(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return false, nil
		case <-tick.C:
		}
		st, err := c.TradeStatus(ctx, outTradeNo)
		if err != nil {
			continue
		}
		switch st {
		case "TRADE_SUCCESS", "TRADE_FINISHED":
			return true, nil
		case "TRADE_CLOSED":
			return false, nil
		}
	}
}
