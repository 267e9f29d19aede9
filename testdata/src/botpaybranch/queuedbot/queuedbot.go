// Package queuedbot is the same bot whose payment branch only stores the
// payment and queues the confirmation: the one slow call, a chat reply,
// runs on a command branch that never handles a payment.
package queuedbot

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Update is the part of a Telegram update the bot reads.
type Update struct {
	Message struct {
		Text string `json:"text"`
		Chat struct {
			ID int64 `json:"id"`
		} `json:"chat"`
		From struct {
			ID int64 `json:"id"`
		} `json:"from"`
		SuccessfulPayment struct {
			TotalAmount    int    `json:"total_amount"`
			InvoicePayload string `json:"invoice_payload"`
		} `json:"successful_payment"`
	} `json:"message"`
}

// Bot answers the bot's updates.
type Bot struct {
	db    *sql.DB
	token string
}

func (b *Bot) reply(chatID int64, text string) error {
	body, _ := json.Marshal(map[string]any{"chat_id": chatID, "text": text})
	resp, err := http.Post("https://api.telegram.org/bot"+b.token+"/sendMessage", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// HandleUpdate replies to commands in line; a payment is stored and its
// confirmation queued for a worker.
func (b *Bot) HandleUpdate(c *gin.Context) {
	var u Update
	if err := c.ShouldBindJSON(&u); err != nil {
		c.JSON(http.StatusOK, gin.H{})
		return
	}
	switch {
	case u.Message.Text != "":
		b.reply(u.Message.Chat.ID, "Open the app to manage your VPN.")
		c.JSON(http.StatusOK, gin.H{})
	case u.Message.SuccessfulPayment.InvoicePayload != "":
		p := u.Message.SuccessfulPayment
		if _, err := b.db.Exec(`UPDATE payments SET status = 'paid' WHERE payload = $1`, p.InvoicePayload); err != nil {
			c.JSON(http.StatusOK, gin.H{})
			return
		}
		b.db.Exec(`INSERT INTO outbox (chat_id, text) VALUES ($1, $2)`, u.Message.Chat.ID, "Payment received.")
		c.JSON(http.StatusOK, gin.H{})
	default:
		c.JSON(http.StatusOK, gin.H{})
	}
}

// legacyUpdate is the if-else form: the reply in the else branch, the
// payment stored in the other.
func (b *Bot) legacyUpdate(c *gin.Context) {
	var u Update
	if err := c.ShouldBindJSON(&u); err != nil {
		c.Status(http.StatusOK)
		return
	}
	if u.Message.SuccessfulPayment.InvoicePayload != "" {
		b.db.Exec(`UPDATE payments SET status = 'paid' WHERE payload = $1`, u.Message.SuccessfulPayment.InvoicePayload)
	} else {
		b.reply(u.Message.Chat.ID, "Send /start to begin.")
	}
	c.Status(http.StatusOK)
}

// Register mounts the bot's webhooks.
func Register(r *gin.Engine, b *Bot) {
	r.POST("/webhook/telegram", b.HandleUpdate)
	r.POST("/webhook/telegram/legacy", b.legacyUpdate)
}
