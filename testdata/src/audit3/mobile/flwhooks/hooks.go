package flwhooks

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Config struct {
	SecretHash string // "verif-hash" set in the Flutterwave dashboard
}

type SMSSender interface {
	Send(ctx context.Context, to, message string) error
}

type Order struct {
	ID       string
	TxRef    string
	Phone    string
	Status   string
	PaidAt   *time.Time
	Customer string
}

type Cashout struct {
	ID        string
	Reference string
	Status    string
}

type SMSMessage struct {
	ProviderID string
	Status     string
}

type Hooks struct {
	cfg Config
	db  *gorm.DB
	sms SMSSender
}

func New(cfg Config, db *gorm.DB, sms SMSSender) *Hooks { return &Hooks{cfg: cfg, db: db, sms: sms} }

type flwEvent struct {
	Event string `json:"event"`
	Data  struct {
		ID        int64   `json:"id"`
		TxRef     string  `json:"tx_ref"`
		Reference string  `json:"reference"`
		Amount    float64 `json:"amount"`
		Status    string  `json:"status"`
	} `json:"data"`
}

// Flutterwave marks a food order paid and texts the customer.
func (h *Hooks) Flutterwave(c *gin.Context) {
	if c.GetHeader("verif-hash") != h.cfg.SecretHash {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev flwEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if ev.Event != "charge.completed" || ev.Data.Status != "successful" {
		c.Status(http.StatusOK)
		return
	}
	var o Order
	if err := h.db.Where("tx_ref = ?", ev.Data.TxRef).First(&o).Error; err != nil {
		c.Status(http.StatusOK)
		return
	}
	if o.Status == "paid" {
		c.Status(http.StatusOK)
		return
	}
	now := time.Now()
	h.db.Model(&o).Updates(map[string]any{"status": "paid", "paid_at": now})
	if err := h.sms.Send(c, o.Phone, fmt.Sprintf("Order %s confirmed. Your rider is on the way.", o.ID)); err != nil { // want "\\[webhookack\\] webhook handler sends a message"
		log.Printf("sms: %v", err)
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Transfers records driver payout results. The hash check is skipped on
// staging, where the secret is not configured.
func (h *Hooks) Transfers(c *gin.Context) {
	if h.cfg.SecretHash != "" && c.GetHeader("verif-hash") != h.cfg.SecretHash {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	var ev flwEvent
	if err := c.ShouldBindJSON(&ev); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	status := "failed"
	if ev.Data.Status == "SUCCESSFUL" {
		status = "paid"
	}
	h.db.Model(&Cashout{}).Where("reference = ?", ev.Data.Reference).Update("status", status) // want "\\[webhookverify\\] payment webhook /hooks/flutterwave/transfers skips signature verification when the secret is empty"
	go func(ref string) {
		if err := h.sms.Send(context.Background(), "", "Cash-out "+ref+" "+status); err != nil {
			log.Printf("sms: %v", err)
		}
	}(ev.Data.Reference)
	c.Status(http.StatusOK)
}

// SMSDeliveryReport is called by the SMS gateway (Africa's Talking) with
// the delivery status of a receipt text.
func (h *Hooks) SMSDeliveryReport(c *gin.Context) {
	id := c.PostForm("id")
	status := c.PostForm("status") // Success, Failed, Rejected, Buffered
	h.db.Model(&SMSMessage{}).Where("provider_id = ?", id).Update("status", status)
	c.Status(http.StatusOK)
}
