// Package storefront: the page Alipay sends the buyer back to after a
// page or wap payment (the trade's return_url, a GET with the trade's
// numbers in the query). Anyone can open it with any query; only the
// trade read back from Alipay (smartwalle/alipay/v3 TradeQuery) or the
// verified notify says the buyer paid.
package storefront

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/smartwalle/alipay/v3"
	"gorm.io/gorm"
)

type Order struct {
	ID         int64
	OutTradeNo string
	Status     string
}

type Store struct {
	db  *gorm.DB
	ali *alipay.Client
}

func (s *Store) Routes(r *gin.Engine) {
	r.GET("/pay/alipay/return", s.alipayReturnTrusted)
	r.GET("/pay/alipay/return-checked", s.alipayReturnQueried)
	r.GET("/pay/alipay/return-unread", s.alipayReturnStatusUnread)
}

// The query's trade_status decides: the buyer can type it.
func (s *Store) alipayReturnTrusted(c *gin.Context) {
	if c.Query("trade_status") == "TRADE_SUCCESS" {
		s.db.Model(&Order{}).Where("out_trade_no = ?", c.Query("out_trade_no")).Update("status", "paid") // want `order fulfilled in the success-redirect handler from the query string \(trade_status\)`
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// The trade read back with TradeQuery and its status checked: silent.
func (s *Store) alipayReturnQueried(c *gin.Context) {
	outTradeNo := c.Query("out_trade_no")
	rsp, err := s.ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo})
	if err != nil {
		c.HTML(http.StatusOK, "pending.html", nil)
		return
	}
	if rsp.TradeStatus == alipay.TradeStatusSuccess || rsp.TradeStatus == alipay.TradeStatusFinished {
		s.db.Model(&Order{}).Where("out_trade_no = ?", outTradeNo).Update("status", "paid")
	}
	c.HTML(http.StatusOK, "thanks.html", nil)
}

// TradeQuery answers a trade still WAIT_BUYER_PAY without an error: its
// error alone says nothing about payment.
func (s *Store) alipayReturnStatusUnread(c *gin.Context) {
	outTradeNo := c.Query("out_trade_no")
	if _, err := s.ali.TradeQuery(alipay.TradeQuery{OutTradeNo: outTradeNo}); err != nil {
		c.HTML(http.StatusOK, "pending.html", nil)
		return
	}
	s.db.Model(&Order{}).Where("out_trade_no = ?", outTradeNo).Update("status", "paid") // want `order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid`
	c.HTML(http.StatusOK, "thanks.html", nil)
}
