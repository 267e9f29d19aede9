// Package hertznotify takes Alipay- and WeChat-Pay-style payment notifies
// on a hertz server and records them with database/sql.
package hertznotify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"log"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
)

type Notify struct {
	db        *sql.DB
	aliSecret string
	wxSecret  string
}

func Register(h *server.Hertz, n *Notify) {
	h.POST("/notify/alipay", n.Alipay)
	h.POST("/notify/wxpay", n.Wxpay)
	h.POST("/notify/unionpay", n.Unionpay)
}

// checkSign is the in-house signature check: HMAC-SHA256 of the body
// with the merchant secret, hex, compared in constant time.
func checkSign(secret string, body []byte, sign string) bool {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write(body)
	want := hex.EncodeToString(m.Sum(nil))
	return hmac.Equal([]byte(want), []byte(sign))
}

// Alipay verifies the sign before it trusts trade_status: must stay silent.
func (n *Notify) Alipay(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	if !checkSign(n.aliSecret, body, string(ctx.GetHeader("X-Sign"))) {
		ctx.String(400, "fail")
		return
	}
	if ctx.PostForm("trade_status") == "TRADE_SUCCESS" {
		n.db.ExecContext(c, "UPDATE orders SET status = 'paid', paid_at = now() WHERE out_trade_no = ?", ctx.PostForm("out_trade_no"))
	}
	ctx.String(200, "success")
}

type wxNotify struct {
	OutTradeNo string `json:"out_trade_no"`
	TradeState string `json:"trade_state"`
}

// Wxpay decodes the notify and marks the order paid; nobody checks the
// Wechatpay-Signature header.
func (n *Notify) Wxpay(c context.Context, ctx *app.RequestContext) {
	var ev wxNotify
	if err := json.Unmarshal(ctx.GetRawData(), &ev); err != nil {
		ctx.JSON(400, map[string]string{"code": "FAIL"})
		return
	}
	if ev.TradeState == "SUCCESS" {
		// audit: found webhookverify: WeChat Pay notify marks the order paid with no signature check
		n.db.ExecContext(c, "UPDATE orders SET status = 'paid', paid_at = now() WHERE out_trade_no = ?", ev.OutTradeNo) // want `\[webhookverify\]\ payment\ webhook\ /notify/wxpay\ acts\ on\ the\ payment\ \(paid\ state\ stored\ b`
	}
	ctx.JSON(200, map[string]string{"code": "SUCCESS"})
}

// Unionpay computes the check but only logs a mismatch: fail-open.
func (n *Notify) Unionpay(c context.Context, ctx *app.RequestContext) {
	body := ctx.GetRawData()
	if !checkSign(n.wxSecret, body, string(ctx.GetHeader("X-Signature"))) {
		log.Printf("unionpay notify: bad signature")
	}
	var ev wxNotify
	_ = json.Unmarshal(body, &ev)
	if ev.TradeState == "SUCCESS" {
		n.db.ExecContext(c, "UPDATE orders SET status = 'paid' WHERE out_trade_no = ?", ev.OutTradeNo) // want `\[webhookverify\] payment webhook /notify/unionpay verifies the signature but carries on`
	}
	ctx.String(200, "ok")
}
