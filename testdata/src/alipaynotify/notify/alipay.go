// Package notify: Alipay asynchronous notifications (a form POST to the
// trade's notify_url) handled with github.com/smartwalle/alipay/v3.
// DecodeNotification and GetTradeNotification check the form's RSA sign
// against Alipay's public key (VerifySign) and answer an error when it
// does not match; the shop answers "success" to stop the redeliveries.
package notify

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/smartwalle/alipay/v3"
	"gorm.io/gorm"
)

type Order struct {
	ID         int64
	OutTradeNo string
	TradeNo    string
	Status     string
}

type Shop struct {
	db  *gorm.DB
	ali *alipay.Client
}

func (s *Shop) Routes(r *gin.Engine) {
	r.POST("/pay/alipay/notify", s.alipayNotifyUnverified)
	r.POST("/pay/alipay/notify-decoded", s.alipayNotifyDecoded)
	r.POST("/pay/alipay/notify-request", s.alipayNotifyFromRequest)
	r.POST("/pay/alipay/notify-signed", s.alipayNotifySignChecked)
	r.POST("/pay/alipay/notify-ignored", s.alipayNotifyDecodeIgnored)
	r.POST("/pay/alipay/notify-logged", s.alipayNotifySignLogged)
}

// The posted trade_status trusted as it comes: anyone can post
// TRADE_SUCCESS for any out_trade_no.
func (s *Shop) alipayNotifyUnverified(c *gin.Context) {
	if c.PostForm("trade_status") != "TRADE_SUCCESS" {
		c.String(http.StatusOK, "success")
		return
	}
	s.db.Model(&Order{}).Where("out_trade_no = ?", c.PostForm("out_trade_no")).Update("status", "paid") // want `payment webhook /pay/alipay/notify acts on the payment \(.*\) without verifying the provider's signature`
	c.String(http.StatusOK, "success")
}

// DecodeNotification's error returned before the order is touched: silent.
func (s *Shop) alipayNotifyDecoded(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		c.String(http.StatusBadRequest, "fail")
		return
	}
	n, err := s.ali.DecodeNotification(c.Request.Form)
	if err != nil {
		c.String(http.StatusBadRequest, "fail")
		return
	}
	if n.TradeStatus == alipay.TradeStatusSuccess || n.TradeStatus == alipay.TradeStatusFinished {
		s.db.Model(&Order{}).Where("out_trade_no = ?", n.OutTradeNo).Updates(map[string]any{"status": "paid", "trade_no": n.TradeNo})
	}
	alipay.ACKNotification(c.Writer)
}

// GetTradeNotification (the deprecated form, handed the request), the
// shape of AirGo's AlipayNotify: silent.
func (s *Shop) alipayNotifyFromRequest(c *gin.Context) {
	n, err := s.ali.GetTradeNotification(c.Request)
	if n == nil || err != nil {
		return
	}
	if n.TradeStatus != alipay.TradeStatusSuccess {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	var o Order
	s.db.Where("out_trade_no = ?", n.OutTradeNo).First(&o)
	o.Status = "paid"
	o.TradeNo = n.TradeNo
	s.db.Save(&o)
	alipay.ACKNotification(c.Writer)
}

// VerifySign on the posted form, then the form's own fields: silent.
func (s *Shop) alipayNotifySignChecked(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		return
	}
	if err := s.ali.VerifySign(c.Request.PostForm); err != nil {
		c.String(http.StatusForbidden, "fail")
		return
	}
	if c.PostForm("trade_status") == "TRADE_SUCCESS" {
		s.db.Model(&Order{}).Where("out_trade_no = ?", c.PostForm("out_trade_no")).Update("status", "paid")
	}
	c.String(http.StatusOK, "success")
}

// DecodeNotification's error dropped: the posted form is acted on
// whatever the verdict (a nil notification only skips the update; the
// order is looked up by the posted out_trade_no).
func (s *Shop) alipayNotifyDecodeIgnored(c *gin.Context) {
	c.Request.ParseForm()
	n, _ := s.ali.DecodeNotification(c.Request.Form)
	if n != nil && n.TradeStatus == alipay.TradeStatusSuccess {
		s.db.Model(&Order{}).Where("out_trade_no = ?", c.Request.Form.Get("out_trade_no")).Update("status", "paid") // want `payment webhook /pay/alipay/notify-ignored verifies the signature but carries on when it fails`
	}
	c.String(http.StatusOK, "success")
}

// VerifySign's failure only logged.
func (s *Shop) alipayNotifySignLogged(c *gin.Context) {
	c.Request.ParseForm()
	if err := s.ali.VerifySign(c.Request.Form); err != nil {
		println("alipay sign:", err.Error())
	}
	if c.Request.Form.Get("trade_status") == "TRADE_SUCCESS" {
		s.db.Model(&Order{}).Where("out_trade_no = ?", c.Request.Form.Get("out_trade_no")).Update("status", "paid") // want `payment webhook /pay/alipay/notify-logged verifies the signature but carries on when it fails`
	}
	c.String(http.StatusOK, "success")
}

// The net/http form of the same notify_url.
func (s *Shop) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /notify/alipay", s.alipayNotifyHTTP)
	mux.HandleFunc("POST /notify/alipay-unsigned", s.alipayNotifyHTTPUnsigned)
}

// DecodeNotification of the posted form: silent.
func (s *Shop) alipayNotifyHTTP(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	n, err := s.ali.DecodeNotification(r.PostForm)
	if err != nil {
		http.Error(w, "fail", http.StatusBadRequest)
		return
	}
	if n.TradeStatus == alipay.TradeStatusSuccess {
		s.db.Model(&Order{}).Where("out_trade_no = ?", n.OutTradeNo).Update("status", "paid")
	}
	w.Write([]byte("success"))
}

// The posted form's trade_status trusted as it comes.
func (s *Shop) alipayNotifyHTTPUnsigned(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	if r.PostForm.Get("trade_status") == string(alipay.TradeStatusSuccess) {
		s.db.Model(&Order{}).Where("out_trade_no = ?", r.PostForm.Get("out_trade_no")).Update("status", "paid") // want `payment webhook /notify/alipay-unsigned acts on the payment \(.*\) without verifying the provider's signature`
	}
	w.Write([]byte("success"))
}
