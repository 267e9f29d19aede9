// Package formwrapper: one generic wrapper for a single-endpoint gateway
// (Alipay's open API): every call site names the gateway method, which
// the wrapper puts in the form's method field, and hands its business
// content, which the wrapper marshals into biz_content. The call site's
// method says what the call does (a trade, a refund, a transfer, a
// query, a login); the business content carries the provider's key
// (out_trade_no, out_request_no, out_biz_no).
package formwrapper

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/google/uuid"
)

type openAPI struct {
	endpoint string
	appID    string
	hc       *http.Client
}

// invoke posts one gateway method with its business content.
func (a *openAPI) invoke(ctx context.Context, apiName string, content any) (*http.Response, error) {
	raw, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	params := url.Values{
		"app_id":  {a.appID},
		"method":  {apiName},
		"charset": {"utf-8"},
	}
	params.Set("biz_content", string(raw))
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.endpoint, strings.NewReader(params.Encode()))
	if err != nil {
		return nil, err
	}
	return a.hc.Do(req)
}

type payContent struct {
	TradeNo  string `json:"out_trade_no"`
	AuthCode string `json:"auth_code"`
	Amount   string `json:"total_amount"`
}

// --- flagged ---

// A barcode payment whose trade number is made per attempt.
func (a *openAPI) scanPay(ctx context.Context, authCode, amount string) error {
	var err error
	for i := 0; i < 3; i++ {
		var resp *http.Response
		resp, err = a.invoke(ctx, "alipay.trade.pay", payContent{TradeNo: uuid.NewString(), AuthCode: authCode, Amount: amount}) // want `POST alipay.trade.pay is retried by a for loop \(line 57\) with an idempotency key made anew on every attempt`
		if err == nil {
			return resp.Body.Close()
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// A transfer whose business number is stamped per attempt.
func (a *openAPI) payoutToAccount(ctx context.Context, account, amount string) error {
	for i := 0; i < 3; i++ {
		content := map[string]string{
			"out_biz_no":   "T" + time.Now().Format("20060102150405.000"),
			"trans_amount": amount,
			"payee_info":   account,
		}
		if resp, err := a.invoke(ctx, "alipay.fund.trans.uni.transfer", content); err == nil { // want `POST alipay.fund.trans.uni.transfer is retried by a for loop \(line 70\) with an idempotency key made anew on every attempt`
			return resp.Body.Close()
		}
		time.Sleep(3 * time.Second)
	}
	return nil
}

// --- silent ---

// The refund's request number is the ticket's, the same on every attempt.
func (a *openAPI) refundTicket(ctx context.Context, tradeNo, ticket, amount string) error {
	content := map[string]string{"out_trade_no": tradeNo, "out_request_no": "RF-" + ticket, "refund_amount": amount}
	for i := 0; i < 3; i++ {
		if resp, err := a.invoke(ctx, "alipay.trade.refund", content); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(2 * time.Second)
	}
	return nil
}

// A trade query is a read, whatever its content.
func (a *openAPI) queryTrade(ctx context.Context, tradeNo string) error {
	for i := 0; i < 3; i++ {
		if resp, err := a.invoke(ctx, "alipay.trade.query", map[string]string{"out_trade_no": tradeNo, "nonce": uuid.NewString()}); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(2 * time.Second)
	}
	return nil
}

// Logging a user in and reading their profile through the same wrapper
// move no money, with a new request number per attempt or not.
func (a *openAPI) login(ctx context.Context, code string) error {
	for i := 0; i < 3; i++ {
		if resp, err := a.invoke(ctx, "alipay.system.oauth.token", map[string]string{"grant_type": "authorization_code", "code": code, "out_request_no": uuid.NewString()}); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return nil
}

func (a *openAPI) profile(ctx context.Context, token string) error {
	for i := 0; i < 3; i++ {
		if resp, err := a.invoke(ctx, "alipay.user.info.share", map[string]string{"auth_token": token, "out_trade_no": uuid.NewString()}); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return nil
}

// A method the call site does not spell out: unknown, so silent.
func (a *openAPI) anyMethod(ctx context.Context, method string) error {
	for i := 0; i < 3; i++ {
		if resp, err := a.invoke(ctx, method, payContent{TradeNo: uuid.NewString()}); err == nil {
			return resp.Body.Close()
		}
		time.Sleep(time.Second)
	}
	return nil
}
