// Package callbacks receives the payment gateways' callbacks and stores
// the payment's status through the mappers of package statuswords: what
// is stored is the mapper's result, a constant chosen by the posted word.
// A callback that stores a mapper's paid word for whatever was posted,
// verifying nothing, lets anyone mark a payment paid.
package callbacks

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"

	"statusmapper/paymentstore"
	"statusmapper/statuswords"
)

// Callbacks holds the stores the callbacks write.
type Callbacks struct {
	db       *sql.DB
	payments *paymentstore.Payments
}

// Routes mounts the callbacks; no middleware verifies anything.
func Routes(r *gin.Engine, mux *http.ServeMux, h *Callbacks) {
	payments := r.Group("/payments")
	payments.POST("/pakailink/va", h.HandleVA)
	payments.POST("/pakailink/va-signed", h.HandleVASigned)
	payments.POST("/qris/notify", h.HandleQRIS)
	payments.POST("/qris/expired", h.HandleExpiry)
	payments.POST("/qris/notice", h.HandleNotice)
	payments.POST("/qris/checked", h.HandleQRISChecked)
	payments.POST("/qris/renamed", h.HandleRenamed)
	mux.HandleFunc("POST /webhooks/banktransfer", h.BankTransfer)
	mux.HandleFunc("POST /webhooks/banktransfer-checked", h.BankTransferChecked)
	mux.HandleFunc("POST /webhooks/banktransfer-synced", h.BankTransferSynced)
	mux.HandleFunc("POST /webhooks/banktransfer-settled", h.BankTransferSettled)
}

// --- flagged ---

// HandleVA turns the posted flag into SUCCESS or PENDING and has settle
// store the merchant's word for it: "00" stores "Success".
func (h *Callbacks) HandleVA(c *gin.Context) {
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
	status := "PENDING"
	if flag == "00" {
		status = "SUCCESS"
	}
	h.settle(ref, status) // want `payment webhook /payments/pakailink/va acts on the payment \(.*\) without verifying the provider's signature`
	c.JSON(http.StatusOK, gin.H{"responseCode": "2002800"})
}

// settle stores the merchant's word for the gateway's status.
func (h *Callbacks) settle(ref, status string) {
	merchantStatus := statuswords.MerchantStatus(status)
	if err := h.payments.SetStatus(ref, merchantStatus); err != nil {
		log.Printf("settle %s: %v", ref, err)
	}
}

// HandleQRIS stores the mapped posted state: a posted "PAID" stores
// "paid".
func (h *Callbacks) HandleQRIS(c *gin.Context) {
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
	state, _ := in["status"].(string)
	h.payments.SetStatus(ref, statuswords.OrderState(state)) // want `payment webhook /payments/qris/notify acts on the payment \(.*\) without verifying the provider's signature`
	c.Status(http.StatusOK)
}

// transferEvent is the bank transfer gateway's notification.
type transferEvent struct {
	Reference string `json:"reference"`
	Status    string `json:"status"`
}

// BankTransfer writes the ledger's word for the posted status itself.
func (h *Callbacks) BankTransfer(w http.ResponseWriter, r *http.Request) {
	var evt transferEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h.db.Exec(`UPDATE orders SET status = ? WHERE reference = ?`, statuswords.LedgerState(evt.Status), evt.Reference) // want `payment webhook /webhooks/banktransfer acts on the payment \(.*\) without verifying the provider's signature`
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// HandleVASigned is HandleVA after an HMAC of the raw body.
func (h *Callbacks) HandleVASigned(c *gin.Context) {
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
	flag, _ := data["paymentFlagStatus"].(string)
	status := "PENDING"
	if flag == "00" {
		status = "SUCCESS"
	}
	h.settle(ref, status)
	c.Status(http.StatusOK)
}

// HandleExpiry stores only the failure the gateway posts: FailureState
// never answers a paid word.
func (h *Callbacks) HandleExpiry(c *gin.Context) {
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
	reason, _ := in["reason"].(string)
	h.payments.SetStatus(ref, statuswords.FailureState(reason))
	c.Status(http.StatusOK)
}

// HandleNotice words the posted state for the log and keeps the delivery;
// the payment's status is not touched.
func (h *Callbacks) HandleNotice(c *gin.Context) {
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
	state, _ := in["status"].(string)
	log.Printf("payment %s: %s (%s)", ref, statuswords.Label(state), statuswords.OrderState(state))
	h.payments.LogDelivery(ref, string(raw))
	c.Status(http.StatusOK)
}

// HandleRenamed stores a word Canonical may hand back unchanged: no
// status mapper's answer, and no constant the model can judge.
func (h *Callbacks) HandleRenamed(c *gin.Context) {
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
	state, _ := in["status"].(string)
	h.payments.SetStatus(ref, statuswords.Canonical(state))
	c.Status(http.StatusOK)
}

// HandleQRISChecked maps the posted state for the log, then reads the
// payment back from the gateway and stores the word for what the gateway
// answered.
func (h *Callbacks) HandleQRISChecked(c *gin.Context) {
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
	posted, _ := in["status"].(string)
	log.Printf("payment %s posted as %s", ref, statuswords.OrderState(posted))
	state, err := fetchState(ref)
	if err != nil {
		c.Status(http.StatusBadGateway)
		return
	}
	h.payments.SetStatus(ref, statuswords.OrderState(state))
	c.Status(http.StatusOK)
}

// BankTransferChecked trusts only the posted reference: the status it
// stores is the word for what the gateway answers.
func (h *Callbacks) BankTransferChecked(w http.ResponseWriter, r *http.Request) {
	var evt transferEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state, err := fetchState(evt.Reference)
	if err != nil {
		http.Error(w, "gateway unavailable", http.StatusBadGateway)
		return
	}
	h.db.Exec(`UPDATE orders SET status = ? WHERE reference = ?`, statuswords.LedgerState(state), evt.Reference)
	w.WriteHeader(http.StatusOK)
}

// BankTransferSynced hands the posted reference to sync, which reads the
// payment back and stores the word for the gateway's answer.
func (h *Callbacks) BankTransferSynced(w http.ResponseWriter, r *http.Request) {
	var evt transferEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h.sync(evt.Reference)
	w.WriteHeader(http.StatusOK)
}

// sync stores the ledger's word for the gateway's state of ref.
func (h *Callbacks) sync(ref string) {
	state, err := fetchState(ref)
	if err != nil {
		log.Printf("sync %s: %v", ref, err)
		return
	}
	h.payments.SetStatus(ref, statuswords.LedgerState(state))
}

// BankTransferSettled reads the payment back and hands the gateway's
// state, not the posted one, to settle.
func (h *Callbacks) BankTransferSettled(w http.ResponseWriter, r *http.Request) {
	var evt transferEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state, err := fetchState(evt.Reference)
	if err != nil {
		http.Error(w, "gateway unavailable", http.StatusBadGateway)
		return
	}
	h.settle(evt.Reference, state)
	w.WriteHeader(http.StatusOK)
}

// fetchState reads the payment's state from the gateway.
func fetchState(ref string) (string, error) {
	resp, err := http.Get("https://api.gateway.example/v1/payments/" + ref)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var got struct {
		Status string `json:"status"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return "", err
	}
	return got.Status, nil
}
