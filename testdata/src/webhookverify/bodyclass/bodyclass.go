// Package bodyclass: payment notify endpoints whose route and name say
// nothing (POST /api/pay/result → h.Result), known by their body: the raw
// body or a provider event decoded, then the paid state written.
package bodyclass

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Order struct {
	ID     string
	Status string
}

type User struct {
	ID     string
	Status string
	Bio    string
}

type H struct{ db *gorm.DB }

// payResult is an Alipay-style notification, by its fields.
type payResult struct {
	OutTradeNo  string `json:"out_trade_no"`
	TradeStatus string `json:"trade_status"`
	TotalAmount string `json:"total_amount"`
}

// ChargeEvent: an event type with the payment nested in its data.
type ChargeEvent struct {
	Type string `json:"type"`
	Data struct {
		OrderID string `json:"order_id"`
		Status  string `json:"status"`
	} `json:"data"`
}

type profileUpdate struct {
	Status string `json:"status"`
	Bio    string `json:"bio"`
}

type checkoutRequest struct {
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
	Amount  int64  `json:"amount"`
}

func (h *H) Mount(r *gin.Engine, mux *http.ServeMux) {
	r.POST("/api/pay/result", h.Result)
	r.POST("/api/pay/result2", h.ResultSigned)
	r.PUT("/api/users/status", h.UpdateStatus)
	r.POST("/admin/settlements/upload", h.Upload)
	r.POST("/api/orders/import", h.Import)
	r.POST("/api/pay/submit", h.Submit)
	r.GET("/api/pay/view", h.View)
	r.POST("/api/orders/state", h.Bound)
	mux.HandleFunc("/api/v2/orders/sync", h.sync)
}

// --- flagged ---

func (h *H) Result(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.JSON(http.StatusBadRequest, nil)
		return
	}
	var n payResult
	if err := json.Unmarshal(raw, &n); err != nil {
		c.JSON(http.StatusBadRequest, nil)
		return
	}
	if n.TradeStatus == "TRADE_SUCCESS" {
		h.db.Model(&Order{}).Where("id = ?", n.OutTradeNo).Update("status", "paid") // want `payment webhook /api/pay/result acts on the payment \(.*\) without verifying the provider's signature`
	}
	c.JSON(http.StatusOK, nil)
}

func (h *H) sync(w http.ResponseWriter, r *http.Request) {
	var ev ChargeEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	h.markPaid(ev.Data.OrderID) // want `payment webhook /api/v2/orders/sync acts on the payment \(.*\) without verifying the provider's signature`
	w.WriteHeader(http.StatusOK)
}

func (h *H) markPaid(id string) {
	h.db.Model(&Order{}).Where("id = ?", id).Update("status", "paid")
}

// --- silent ---

// The same notification with its signature checked first.
func (h *H) ResultSigned(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.JSON(http.StatusBadRequest, nil)
		return
	}
	if !checkSign(raw, c.GetHeader("X-Signature")) {
		c.JSON(http.StatusUnauthorized, nil)
		return
	}
	var n payResult
	json.Unmarshal(raw, &n)
	h.db.Model(&Order{}).Where("id = ?", n.OutTradeNo).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}

func checkSign(body []byte, sig string) bool {
	m := hmac.New(sha256.New, []byte(os.Getenv("PAY_KEY")))
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}

// A JSON API endpoint that decodes a profile update.
func (h *H) UpdateStatus(c *gin.Context) {
	raw, _ := c.GetRawData()
	var p profileUpdate
	json.Unmarshal(raw, &p)
	h.db.Model(&User{}).Where("id = ?", c.GetHeader("X-User")).Update("status", p.Status)
	c.JSON(http.StatusOK, nil)
}

// An admin upload of a settlement file that marks orders paid.
func (h *H) Upload(c *gin.Context) {
	raw, _ := c.GetRawData()
	var n payResult
	json.Unmarshal(raw, &n)
	h.db.Model(&Order{}).Where("id = ?", n.OutTradeNo).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}

// An import by staff outside /admin.
func (h *H) Import(c *gin.Context) {
	raw, _ := c.GetRawData()
	var n payResult
	json.Unmarshal(raw, &n)
	h.db.Model(&Order{}).Where("id = ?", n.OutTradeNo).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}

// A checkout: it charges the card itself, then stores the paid state.
func (h *H) Submit(c *gin.Context) {
	raw, _ := c.GetRawData()
	var req checkoutRequest
	json.Unmarshal(raw, &req)
	body, _ := json.Marshal(map[string]any{"amount": req.Amount, "reference": req.OrderID})
	resp, err := http.Post("https://api.example.com/v1/charges", "application/json", bytes.NewReader(body))
	if err != nil {
		c.JSON(http.StatusBadGateway, nil)
		return
	}
	io.Copy(io.Discard, resp.Body)
	h.db.Model(&Order{}).Where("id = ?", req.OrderID).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}

// A GET page: a provider posts its events.
func (h *H) View(c *gin.Context) {
	raw, _ := c.GetRawData()
	var n payResult
	json.Unmarshal(raw, &n)
	h.db.Model(&Order{}).Where("id = ?", n.OutTradeNo).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}

// Bound with the framework's binder into a plain request type (no raw
// body, no event type): not known as a provider's.
func (h *H) Bound(c *gin.Context) {
	var req checkoutRequest
	c.ShouldBindJSON(&req)
	h.db.Model(&Order{}).Where("id = ?", req.OrderID).Update("status", "paid")
	c.JSON(http.StatusOK, nil)
}
