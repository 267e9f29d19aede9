// Package handler holds the shop's gin handlers.
package handler

import (
	"crypto/subtle"
	"encoding/xml"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/realshop/internal/service"
)

// Config holds the payment settings.
type Config struct {
	AlipayPublicKey string
	EpayKey         string
	XenditToken     string
	TopUpSecret     string
}

// Verifier checks a signature with keys it holds (a provider SDK the shop
// wraps).
type Verifier interface {
	Verify(sig string, body []byte) bool
}

// PayHandler serves the payment callbacks and pages.
type PayHandler struct {
	cfg      Config
	orders   *service.OrderService
	profiles *service.ProfileService
	verifier Verifier
}

// NewPayHandler makes a PayHandler.
func NewPayHandler(cfg Config, orders *service.OrderService, profiles *service.ProfileService, v Verifier) *PayHandler {
	return &PayHandler{cfg: cfg, orders: orders, profiles: profiles, verifier: v}
}

// Register adds the routes.
func (h *PayHandler) Register(r *gin.Engine) {
	pay := r.Group("/pay")
	pay.POST("/alipay/notify", h.AlipayNotify)
	pay.POST("/wechat/notify", h.WechatNotify)
	pay.POST("/epay/notify", h.EpayNotify)
	pay.POST("/xendit/callback", h.XenditCallback)
	pay.POST("/vip/notify", h.VIPNotify)
	pay.GET("/return", h.Return)
	pay.GET("/result", h.Result)
	r.POST("/user/nickname", h.Rename)
}

// AlipayNotify is Alipay's asynchronous notification, verified with the
// in-house checkSign.
func (h *PayHandler) AlipayNotify(c *gin.Context) {
	if err := c.Request.ParseForm(); err != nil {
		c.String(http.StatusBadRequest, "fail")
		return
	}
	form := c.Request.PostForm
	if err := checkSign(form, h.cfg.AlipayPublicKey); err != nil {
		c.String(http.StatusBadRequest, "fail")
		return
	}
	if form.Get("trade_status") == "TRADE_SUCCESS" || form.Get("trade_status") == "TRADE_FINISHED" {
		if err := h.orders.MarkPaid(form.Get("out_trade_no")); err != nil {
			c.String(http.StatusInternalServerError, "fail")
			return
		}
	}
	c.String(http.StatusOK, "success")
}

type wechatNotify struct {
	ReturnCode string `xml:"return_code"`
	ResultCode string `xml:"result_code"`
	OutTradeNo string `xml:"out_trade_no"`
	Sign       string `xml:"sign"`
}

// WechatNotify trusts the XML it is sent: the sign field is never checked.
func (h *PayHandler) WechatNotify(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var n wechatNotify
	if err := xml.Unmarshal(body, &n); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if n.ReturnCode == "SUCCESS" && n.ResultCode == "SUCCESS" {
		h.orders.MarkPaid(n.OutTradeNo) // paylint: expect webhookverify
	}
	c.String(http.StatusOK, "<xml><return_code>SUCCESS</return_code></xml>")
}

// EpayNotify checks the MD5 sign only when a key is configured.
func (h *PayHandler) EpayNotify(c *gin.Context) {
	c.Request.ParseForm()
	form := c.Request.Form
	if h.cfg.EpayKey != "" {
		if md5Sign(form, h.cfg.EpayKey) != form.Get("sign") {
			c.String(http.StatusBadRequest, "fail")
			return
		}
	}
	if form.Get("trade_status") == "TRADE_SUCCESS" {
		h.orders.MarkPaid(form.Get("out_trade_no")) // paylint: expect webhookverify
	}
	c.String(http.StatusOK, "success")
}

// XenditCallback compares the callback token in constant time.
func (h *PayHandler) XenditCallback(c *gin.Context) {
	token := c.GetHeader("X-Callback-Token")
	if subtle.ConstantTimeCompare([]byte(token), []byte(h.cfg.XenditToken)) != 1 {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	var ev struct {
		ExternalID string `json:"external_id"`
		Status     string `json:"status"`
	}
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if ev.Status == "PAID" {
		h.orders.MarkPaid(ev.ExternalID)
	}
	c.Status(http.StatusOK)
}

// VIPNotify checks the signature through the wrapped SDK.
func (h *PayHandler) VIPNotify(c *gin.Context) {
	body, _ := c.GetRawData()
	if !h.verifier.Verify(c.GetHeader("X-Signature"), body) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev struct {
		UserID uint   `json:"user_id"`
		Status string `json:"status"`
	}
	if err := c.ShouldBindJSON(&ev); err == nil && ev.Status == "paid" {
		h.orders.GrantVIP(ev.UserID)
	}
	c.Status(http.StatusOK)
}

// Return is where the buyer lands after paying: it trusts the query string.
func (h *PayHandler) Return(c *gin.Context) {
	if c.Query("trade_status") == "TRADE_SUCCESS" {
		h.orders.MarkPaid(c.Query("out_trade_no")) // paylint: expect redirectfulfill
	}
	c.Redirect(http.StatusFound, "/orders")
}

// Result shows the order's state as stored: no write.
func (h *PayHandler) Result(c *gin.Context) {
	o, err := h.orders.Get(c.Query("out_trade_no"))
	if err != nil {
		c.String(http.StatusNotFound, "not found")
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": o.Status})
}

// Rename changes the nickname: not a payment.
func (h *PayHandler) Rename(c *gin.Context) {
	var req struct {
		UserID uint   `json:"user_id"`
		Name   string `json:"name"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	h.profiles.Rename(req.UserID, req.Name)
	c.Status(http.StatusNoContent)
}
