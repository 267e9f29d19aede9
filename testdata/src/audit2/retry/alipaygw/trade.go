package alipaygw

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Order is the shop's order.
type Order struct {
	No     string
	Amount int64 // in fen
	Title  string
}

func yuan(fen int64) string { return strconv.FormatFloat(float64(fen)/100, 'f', 2, 64) }

// tradeForm builds the request form; out_trade_no gets a time suffix so the
// gateway never answers "trade already exists".
func (g *Gateway) tradeForm(method string, o Order) url.Values {
	v := url.Values{}
	v.Set("app_id", g.appID)
	v.Set("method", method)
	v.Set("out_trade_no", o.No+"-"+time.Now().Format("150405.000"))
	v.Set("total_amount", yuan(o.Amount))
	v.Set("subject", o.Title)
	return v
}

func (g *Gateway) send(form url.Values) (*http.Response, error) {
	return g.hc.Post(g.endpoint, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// Precreate asks the gateway for a QR code payment.
func (g *Gateway) Precreate(o Order) error {
	var err error
	for try := 0; try < g.maxTries; try++ {
		var resp *http.Response
		// tradeForm, called on every attempt, gives out_trade_no a new time suffix, so each retry of alipay.trade.precreate is a new trade (the gateway dedupes on out_trade_no): idempotency, reported on the next line
		resp, err = g.send(g.tradeForm("alipay.trade.precreate", o)) // want "\\[retrybackoff\\] POST alipay.trade.precreate is retried by a for loop .line 40. every 300ms" "\\[idempotency\\] POST alipay.trade.precreate is retried by a for loop .line 40. but tradeForm makes a new idempotency key on every call"
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(g.retryDelay)
	}
	return fmt.Errorf("precreate %s: %v", o.No, err)
}

// TradePay charges a scanned barcode; out_trade_no is the order number.
func (g *Gateway) TradePay(o Order, authCode string) error {
	form := url.Values{}
	form.Set("app_id", g.appID)
	form.Set("method", "alipay.trade.pay")
	form.Set("out_trade_no", o.No)
	form.Set("auth_code", authCode)
	form.Set("total_amount", yuan(o.Amount))
	wait := 2 * time.Second
	for try := 0; try < g.maxTries; try++ {
		resp, err := g.send(form)
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return fmt.Errorf("trade pay %s: gave up", o.No)
}

// RefundUntilAccepted refunds with a stable out_request_no until accepted.
func (g *Gateway) RefundUntilAccepted(o Order, refundNo string) {
	form := url.Values{}
	form.Set("app_id", g.appID)
	form.Set("method", "alipay.trade.refund")
	form.Set("out_trade_no", o.No)
	form.Set("out_request_no", refundNo)
	form.Set("refund_amount", yuan(o.Amount))
	wait := 2 * time.Second
	for { // the refund (alipay.trade.refund) is retried with no attempt cap and no deadline: for {} until accepted (reported on the send below)
		resp, err := g.send(form)                           // want "\\[retrybackoff\\] POST alipay.trade.refund is retried by a for loop .line 83. with no attempt cap and no deadline"
		if err == nil && resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST alipay.trade.refund is retried by a for loop .line 83.: every non-2xx status is retried"
			resp.Body.Close()
			return
		}
		time.Sleep(wait)
		if wait < time.Minute {
			wait *= 2
		}
	}
}
