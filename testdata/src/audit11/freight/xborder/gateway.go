// Package xborder is the client of the cross-border wallet gateway used by
// shippers paying from mainland China and Southeast Asia. The gateway has no
// Go SDK; requests and notifications are signed with a shared key.
package xborder

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"audit11/freight/domain"
	"audit11/freight/internal/signing"
)

// Trade statuses.
const (
	TradeWaitBuyerPay = "WAIT_BUYER_PAY"
	TradeSuccess      = "TRADE_SUCCESS"
	TradeFinished     = "TRADE_FINISHED"
	TradeClosed       = "TRADE_CLOSED"
)

// Trade is the gateway's view of a payment.
type Trade struct {
	TradeNo     string `json:"trade_no"`
	OutTradeNo  string `json:"out_trade_no"`
	Status      string `json:"trade_status"`
	TotalAmount string `json:"total_amount"`
	QRCode      string `json:"qr_code,omitempty"`
}

// Gateway talks to the gateway's REST API.
type Gateway struct {
	base    string
	partner string
	key     []byte
	hc      *http.Client
}

// NewGateway returns a gateway client.
func NewGateway(base, partner string, key []byte) *Gateway {
	return &Gateway{base: base, partner: partner, key: key, hc: &http.Client{Timeout: 15 * time.Second}}
}

func (g *Gateway) signed(params map[string]string) ([]byte, error) {
	params["partner"] = g.partner
	params["timestamp"] = strconv.FormatInt(time.Now().Unix(), 10)
	params["sign_type"] = "HMAC-SHA256"
	params["sign"] = signing.Sum(g.key, []byte(signing.Canonical(params)))
	return json.Marshal(params)
}

func (g *Gateway) post(ctx context.Context, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return g.hc.Do(req)
}

// CreateTrade opens a QR-code trade for an invoice. The invoice number is
// the gateway's out_trade_no, so the gateway answers a repeated create with
// the same trade.
func (g *Gateway) CreateTrade(ctx context.Context, inv *domain.Invoice) (*Trade, error) {
	body, err := g.signed(map[string]string{
		"out_trade_no": inv.Number,
		"total_amount": fmt.Sprintf("%d.%02d", inv.AmountCents/100, inv.AmountCents%100),
		"currency":     inv.Currency,
		"subject":      "Freight invoice " + inv.Number,
	})
	if err != nil {
		return nil, err
	}
	wait := time.Second
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		resp, err := g.post(ctx, "/v1/trades", body)
		if err != nil {
			lastErr = err
		} else {
			data, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/trades is retried by a for loop \\(line 83\\): every non-2xx status is retried"
				var t Trade
				if err := json.Unmarshal(data, &t); err != nil {
					return nil, err
				}
				return &t, nil
			}
			lastErr = fmt.Errorf("xborder: create trade %s: %d %s", inv.Number, resp.StatusCode, data)
		}
		time.Sleep(wait)
		wait *= 2
	}
	return nil, lastErr
}

// QueryTrade reads a trade by our invoice number.
func (g *Gateway) QueryTrade(ctx context.Context, outTradeNo string) (*Trade, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/trades/"+url.PathEscape(outTradeNo), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Partner", g.partner)
	resp, err := g.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("xborder: query %s: %d", outTradeNo, resp.StatusCode)
	}
	var t Trade
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// WaitTrade reads a trade until the gateway reports a final state.
func (g *Gateway) WaitTrade(ctx context.Context, outTradeNo string) (*Trade, error) {
	var last *Trade
	for i := 0; i < 30; i++ {
		t, err := g.QueryTrade(ctx, outTradeNo) // want "\\[pollinterval\\] payment status polled in a busy loop with no wait between reads"
		if err != nil {
			return nil, err
		}
		last = t
		switch t.Status {
		case TradeSuccess, TradeFinished, TradeClosed:
			return t, nil
		}
	}
	return last, nil
}

// Refund returns money for a trade. requestNo identifies the refund.
func (g *Gateway) Refund(ctx context.Context, outTradeNo, requestNo string, cents int64) error {
	body, err := g.signed(map[string]string{
		"out_trade_no":   outTradeNo,
		"out_request_no": requestNo,
		"refund_amount":  fmt.Sprintf("%d.%02d", cents/100, cents%100),
	})
	if err != nil {
		return err
	}
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := g.post(ctx, "/v1/refunds", body) // want "\\[retrybackoff\\] POST /v1/refunds is retried by a for loop \\(line 152\\) with no wait between attempts"
		if err != nil {
			lastErr = err
			continue
		}
		resp.Body.Close()
		if resp.StatusCode >= 500 {
			lastErr = fmt.Errorf("xborder: refund %s: %d", requestNo, resp.StatusCode)
			continue
		}
		if resp.StatusCode >= 400 {
			return fmt.Errorf("xborder: refund %s rejected: %d", requestNo, resp.StatusCode)
		}
		return nil
	}
	return lastErr
}

// VerifyNotify checks the signature of an asynchronous notification.
func VerifyNotify(params map[string]string, key []byte) error {
	return signing.Verify(key, []byte(signing.Canonical(params)), params["sign"])
}
