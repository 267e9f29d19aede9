package alipayhertz

import (
	"context"
	"crypto/rsa"
	"encoding/xml"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cloudwego/hertz/pkg/app"
	"gorm.io/gorm"
)

type Order struct {
	ID         int64
	OutTradeNo string
	Status     string
	UserID     int64
}

type User struct {
	ID       int64
	VipUntil time.Time
}

type PayNotify struct {
	DB        *gorm.DB
	AlipayPub *rsa.PublicKey
	WechatKey string
	ERPURL    string
}

// Alipay handles Alipay's async notify (form POST); answers "success".
func (p *PayNotify) Alipay(c context.Context, ctx *app.RequestContext) {
	values, err := url.ParseQuery(string(ctx.GetRawData()))
	if err != nil {
		ctx.String(http.StatusBadRequest, "fail")
		return
	}
	if err := verifyAlipaySign(values, p.AlipayPub); err != nil {
		log.Printf("alipay notify: sign check failed: %v", err)
	}
	status := values.Get("trade_status")
	if status == "TRADE_SUCCESS" || status == "TRADE_FINISHED" {
		p.DB.Model(&Order{}).Where("out_trade_no = ?", values.Get("out_trade_no")).Update("status", "paid") // want "\\[webhookverify\\] "
		resp, err := http.Post(p.ERPURL, "application/x-www-form-urlencoded",                               // want "\\[webhookack\\] "
			strings.NewReader("out_trade_no="+values.Get("out_trade_no")))
		if err == nil {
			resp.Body.Close()
		}
	}
	ctx.String(http.StatusOK, "success")
}

type wechatNotify struct {
	ReturnCode    string `xml:"return_code"`
	ResultCode    string `xml:"result_code"`
	OutTradeNo    string `xml:"out_trade_no"`
	TransactionID string `xml:"transaction_id"`
	TotalFee      string `xml:"total_fee"`
	NonceStr      string `xml:"nonce_str"`
	Sign          string `xml:"sign"`
}

// Wechat handles WeChat Pay v2 notify (XML); answers <return_code>SUCCESS.
func (p *PayNotify) Wechat(c context.Context, ctx *app.RequestContext) {
	var n wechatNotify
	if err := xml.Unmarshal(ctx.GetRawData(), &n); err != nil {
		ctx.String(http.StatusBadRequest, "<xml><return_code>FAIL</return_code></xml>")
		return
	}
	params := map[string]string{"return_code": n.ReturnCode, "result_code": n.ResultCode,
		"out_trade_no": n.OutTradeNo, "transaction_id": n.TransactionID, "total_fee": n.TotalFee, "nonce_str": n.NonceStr}
	if wechatSign(params, p.WechatKey) != n.Sign {
		ctx.String(http.StatusOK, "<xml><return_code>FAIL</return_code><return_msg>"+errBadSign.Error()+"</return_msg></xml>")
		return
	}
	if n.ResultCode == "SUCCESS" {
		res := p.DB.Model(&Order{}).Where("out_trade_no = ? AND status = ?", n.OutTradeNo, "unpaid").Update("status", "paid")
		if res.Error != nil {
			ctx.String(http.StatusInternalServerError, "<xml><return_code>FAIL</return_code></xml>")
			return
		}
		if res.RowsAffected == 1 {
			var o Order
			p.DB.Where("out_trade_no = ?", n.OutTradeNo).First(&o)
			p.DB.Model(&User{}).Where("id = ?", o.UserID).Update("vip_until", time.Now().AddDate(0, 1, 0))
		}
	}
	ctx.String(http.StatusOK, "<xml><return_code>SUCCESS</return_code></xml>")
}
