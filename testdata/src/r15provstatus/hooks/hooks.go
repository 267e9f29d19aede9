// Package hooks receives payment providers' callbacks on net/http and
// saves the status they post on the shop's rows with GORM. A provider's
// posted status holds its paid value (Paystack "success", Midtrans
// "settlement"): stored unverified, whoever posts it marks the row paid.
package hooks

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"

	"gorm.io/gorm"
)

// Payment is the shop's payment row.
type Payment struct {
	ID        uint
	Reference string
	Status    string
	Note      string
}

// Order is the shop's order row.
type Order struct {
	ID     uint
	Code   string
	Status string `gorm:"column:status"`
}

// HookLog keeps every callback received.
type HookLog struct {
	ID     uint
	Status string
}

type paystackEvent struct {
	Event string `json:"event"`
	Data  struct {
		Reference string `json:"reference"`
		Status    string `json:"status"`
	} `json:"data"`
}

// MidtransNotice mirrors Midtrans's HTTP notification.
type MidtransNotice struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
}

type parcelUpdate struct {
	OrderCode string `json:"order_code"`
	Status    string `json:"status"`
}

type Hooks struct{ gdb *gorm.DB }

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/paystack", h.PaystackWebhook)
	mux.HandleFunc("POST /hooks/gateway", h.Receive)
	mux.HandleFunc("POST /hooks/paystack-signed", h.PaystackWebhookSigned)
	mux.HandleFunc("POST /hooks/paystack-readback", h.PaystackCallbackReadBack)
	mux.HandleFunc("POST /hooks/paystack-log", h.PaystackNotifyLog)
	mux.HandleFunc("POST /hooks/paystack-note", h.PaystackWebhookNote)
	mux.HandleFunc("POST /hooks/courier", h.CourierWebhook)
}

// PaystackWebhook saves the posted status on the payment as it comes.
func (h *Hooks) PaystackWebhook(w http.ResponseWriter, r *http.Request) {
	var ev paystackEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var p Payment
	h.gdb.Where("reference = ?", ev.Data.Reference).First(&p)
	p.Status = ev.Data.Status
	h.gdb.Save(&p) // want `payment webhook /hooks/paystack acts on the payment \(the posted status stored as payment.status by gorm.DB.Save\)`
	w.WriteHeader(http.StatusOK)
}

// Receive is named for nothing, but the body is decoded into Midtrans's
// notice: the transaction status posted goes on the order.
func (h *Hooks) Receive(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	var n MidtransNotice
	if json.Unmarshal(raw, &n) != nil {
		return
	}
	o := Order{Code: n.OrderID, Status: n.TransactionStatus}
	h.gdb.Model(&Order{}).Where("code = ?", n.OrderID).Updates(&o) // want `payment webhook /hooks/gateway acts on the payment \(the posted status stored as order.status by gorm.DB.Updates\)`
}

// PaystackWebhookSigned checks Paystack's HMAC of the body first.
func (h *Hooks) PaystackWebhookSigned(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	mac := hmac.New(sha512.New, []byte(os.Getenv("PAYSTACK_SECRET")))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Paystack-Signature"))) {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	var ev paystackEvent
	if json.Unmarshal(raw, &ev) != nil {
		return
	}
	var p Payment
	h.gdb.Where("reference = ?", ev.Data.Reference).First(&p)
	p.Status = ev.Data.Status
	h.gdb.Save(&p)
}

// PaystackCallbackReadBack stores the status Paystack's API answers.
func (h *Hooks) PaystackCallbackReadBack(w http.ResponseWriter, r *http.Request) {
	var ev paystackEvent
	if json.NewDecoder(r.Body).Decode(&ev) != nil {
		return
	}
	resp, err := http.Get("https://api.paystack.co/transaction/verify/" + ev.Data.Reference)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var got paystackEvent
	if json.NewDecoder(resp.Body).Decode(&got) != nil {
		return
	}
	var p Payment
	h.gdb.Where("reference = ?", ev.Data.Reference).First(&p)
	p.Status = got.Data.Status
	h.gdb.Save(&p)
}

// PaystackNotifyLog keeps the posted status in a log row only.
func (h *Hooks) PaystackNotifyLog(w http.ResponseWriter, r *http.Request) {
	var ev paystackEvent
	if json.NewDecoder(r.Body).Decode(&ev) != nil {
		return
	}
	l := HookLog{Status: ev.Data.Status}
	h.gdb.Create(&l)
}

// PaystackWebhookNote writes the posted status into a free-text note.
func (h *Hooks) PaystackWebhookNote(w http.ResponseWriter, r *http.Request) {
	var ev paystackEvent
	if json.NewDecoder(r.Body).Decode(&ev) != nil {
		return
	}
	var p Payment
	h.gdb.Where("reference = ?", ev.Data.Reference).First(&p)
	p.Note = "paystack said " + ev.Data.Status
	h.gdb.Save(&p)
}

// CourierWebhook copies a carrier's status onto the order: the sender is
// no payment provider, and the status is never compared with a paid one.
func (h *Hooks) CourierWebhook(w http.ResponseWriter, r *http.Request) {
	var u parcelUpdate
	if json.NewDecoder(r.Body).Decode(&u) != nil {
		return
	}
	var o Order
	h.gdb.Where("code = ?", u.OrderCode).First(&o)
	o.Status = u.Status
	h.gdb.Save(&o)
}
