// Package mappayload: an aggregator's payment callbacks (virtual accounts,
// QRIS) decoded into a map, on routes that name a payment but no webhook
// (POST /payments/pakailink/va → h.HandleVA), known as webhooks by what
// they do: the raw body read, decoded into a map, and a paid state
// written for the payment the posted map names. Look-alikes: the same
// callback signed, and a person's requests on payment routes.
package mappayload

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
)

// Gateway holds the callbacks and the person-facing payment endpoints.
type Gateway struct{ db *sql.DB }

// Routes mounts them; no route says webhook or callback.
func Routes(r *gin.Engine, mux *http.ServeMux, g *Gateway) {
	payments := r.Group("/payments")
	payments.POST("/pakailink/va", g.HandleVA)
	payments.POST("/qris/result", g.HandleQRIS)
	payments.POST("/pakailink/va-signed", g.HandleVASigned)
	payments.POST("/confirm", g.Confirm)
	payments.POST("/mine/settle", g.SettleMine)
	payments.POST("/linkqu/qris", g.HandleCredentialed)
	manual := r.Group("/payments/manual", requireUser)
	manual.POST("/mark-paid", g.MarkPaid)
	mux.HandleFunc("POST /api/payment/va-settle", g.settle)
}

// --- flagged ---

// HandleVA trusts the posted flag: "00" marks the merchant payment
// Success.
func (g *Gateway) HandleVA(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.JSON(http.StatusOK, gin.H{"responseCode": "2002800"})
		return
	}
	var data map[string]interface{}
	if err := json.Unmarshal(body, &data); err != nil {
		c.JSON(http.StatusOK, gin.H{"responseCode": "2002800"})
		return
	}
	tx, _ := data["transactionData"].(map[string]interface{})
	ref, _ := tx["partnerReferenceNo"].(string)
	flag, _ := tx["paymentFlagStatus"].(string)
	if flag == "00" {
		g.db.Exec("UPDATE merchant_payments SET status = 'Success' WHERE gateway_ref = ?", ref) // want `payment webhook /payments/pakailink/va acts on the payment \(.*\) without verifying the provider's signature`
	}
	c.JSON(http.StatusOK, gin.H{"responseCode": "2002800"})
}

// HandleQRIS switches on the posted state and has a helper mark the
// order paid.
func (g *Gateway) HandleQRIS(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var in map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ref, _ := in["partner_reff"].(string)
	switch strings.ToUpper(in["status"].(string)) {
	case "SUCCESS":
		g.markPaid(ref) // want `payment webhook /payments/qris/result acts on the payment \(.*\) without verifying the provider's signature`
	}
	c.Status(http.StatusOK)
}

func (g *Gateway) markPaid(ref string) {
	g.db.Exec("UPDATE orders SET status = 'paid' WHERE ref = ?", ref)
}

// settle (net/http) marks the invoice the posted map names paid, with no
// test at all.
func (g *Gateway) settle(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	g.db.Exec("UPDATE invoices SET status = 'paid' WHERE invoice_no = ?", m["invoiceNo"]) // want `payment webhook \S*/api/payment/va-settle acts on the payment \(.*\) without verifying the provider's signature`
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// HandleVASigned checks the gateway's HMAC of the raw body first.
func (g *Gateway) HandleVASigned(c *gin.Context) {
	body, err := io.ReadAll(c.Request.Body)
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("VA_SECRET")))
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.GetHeader("X-Signature"))) {
		c.Status(http.StatusUnauthorized)
		return
	}
	var data map[string]interface{}
	if err := json.Unmarshal(body, &data); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ref, _ := data["partnerReferenceNo"].(string)
	if data["paymentFlagStatus"] == "00" {
		g.db.Exec("UPDATE merchant_payments SET status = 'Success' WHERE gateway_ref = ?", ref)
	}
	c.Status(http.StatusOK)
}

// Confirm is the buyer's own "I have paid" button: the posted map gives
// only the reference, and the payment is read back from the gateway.
func (g *Gateway) Confirm(c *gin.Context) {
	raw, err := c.GetRawData()
	if err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	var in map[string]string
	if err := json.Unmarshal(raw, &in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	ref := in["reference"]
	resp, err := http.Get("https://api.gateway.example/v1/payments/" + ref)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var got struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	if got.Status == "PAID" {
		g.db.Exec("UPDATE orders SET status = 'paid' WHERE ref = ?", ref)
	}
	c.Status(http.StatusOK)
}

// MarkPaid is the back office's manual settlement, behind the user
// login of the group.
func (g *Gateway) MarkPaid(c *gin.Context) {
	raw, _ := c.GetRawData()
	var in map[string]string
	if err := json.Unmarshal(raw, &in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	g.db.Exec("UPDATE orders SET status = 'paid' WHERE ref = ?", in["ref"])
	c.Status(http.StatusOK)
}

// SettleMine reads the user a middleware of the engine stored: a
// person's request on a payment route.
func (g *Gateway) SettleMine(c *gin.Context) {
	user := c.MustGet("userID")
	raw, _ := c.GetRawData()
	var in map[string]string
	if err := json.Unmarshal(raw, &in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	g.db.Exec("UPDATE orders SET status = 'paid' WHERE ref = ? AND owner = ?", in["ref"], user)
	c.Status(http.StatusOK)
}

// requireUser logs a user of the app in from the bearer token.
func requireUser(c *gin.Context) {
	tok := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
	if tok == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Set("userID", tok)
	c.Next()
}

// HandleCredentialed checks the gateway's client credentials in a helper
// paylint does not judge: unsure, silent.
func (g *Gateway) HandleCredentialed(c *gin.Context) {
	if !clientAllowed(c.GetHeader("client-id"), c.GetHeader("client-secret")) {
		c.Status(http.StatusOK)
		return
	}
	raw, _ := c.GetRawData()
	var in map[string]any
	if err := json.Unmarshal(raw, &in); err != nil {
		c.Status(http.StatusOK)
		return
	}
	if in["status"] == "SUCCESS" {
		g.db.Exec("UPDATE merchant_payments SET status = 'Success' WHERE gateway_ref = ?", in["partner_reff"])
	}
	c.Status(http.StatusOK)
}

func clientAllowed(id, secret string) bool {
	return id == os.Getenv("GATEWAY_CLIENT_ID") && secret == os.Getenv("GATEWAY_CLIENT_SECRET")
}
