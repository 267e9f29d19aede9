// Package starsbot is a VPN bot's Telegram webhook: one route takes every
// update, chat commands and Telegram Stars payments alike, and dispatches
// on what the update carries.
package starsbot

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Update is the part of a Telegram update the bot reads.
type Update struct {
	UpdateID int `json:"update_id"`
	Message  struct {
		Text string `json:"text"`
		Chat struct {
			ID int64 `json:"id"`
		} `json:"chat"`
		From struct {
			ID int64 `json:"id"`
		} `json:"from"`
		SuccessfulPayment struct {
			Currency       string `json:"currency"`
			TotalAmount    int    `json:"total_amount"`
			InvoicePayload string `json:"invoice_payload"`
			ChargeID       string `json:"telegram_payment_charge_id"`
		} `json:"successful_payment"`
	} `json:"message"`
}

// Bot answers the bot's updates.
type Bot struct {
	db    *sql.DB
	token string
}

// sendMessage posts a chat message through the Bot API.
func (b *Bot) sendMessage(chatID int64, text string) error {
	body, _ := json.Marshal(map[string]any{"chat_id": chatID, "text": text})
	resp, err := http.Post("https://api.telegram.org/bot"+b.token+"/sendMessage", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// HandleUpdate dispatches the update; the payment branch credits the
// balance, then confirms over the Bot API before answering.
func (b *Bot) HandleUpdate(c *gin.Context) {
	var u Update
	if err := c.ShouldBindJSON(&u); err != nil {
		c.JSON(http.StatusOK, gin.H{})
		return
	}
	switch {
	case u.Message.Text != "":
		b.commands(c, u)
	case u.Message.SuccessfulPayment.InvoicePayload != "":
		b.starsPayment(c, u) // want `webhook handler calls starsbot.Bot.starsPayment, which calls starsbot.Bot.sendMessage, which calls an external API \(http.Post\) before answering`
	default:
		c.JSON(http.StatusOK, gin.H{})
	}
}

// commands answers a chat command with a bot reply.
func (b *Bot) commands(c *gin.Context, u Update) {
	if u.Message.Text == "/help" {
		b.sendMessage(u.Message.Chat.ID, "Open the app to manage your VPN.")
	}
	c.JSON(http.StatusOK, gin.H{})
}

// starsPayment credits the paid stars, then tells the buyer.
func (b *Bot) starsPayment(c *gin.Context, u Update) {
	p := u.Message.SuccessfulPayment
	if _, err := b.db.Exec(`UPDATE payments SET status = 'paid' WHERE payload = $1`, p.InvoicePayload); err != nil {
		c.JSON(http.StatusOK, gin.H{})
		return
	}
	if _, err := b.db.Exec(`UPDATE users SET balance = balance + $1 WHERE telegram_id = $2`, p.TotalAmount, u.Message.From.ID); err != nil {
		c.JSON(http.StatusOK, gin.H{})
		return
	}
	b.sendMessage(u.Message.Chat.ID, fmt.Sprintf("Payment received: %d stars added.", p.TotalAmount))
	c.JSON(http.StatusOK, gin.H{})
}

// Register mounts the bot's webhook.
func Register(r *gin.Engine, b *Bot) {
	r.POST("/webhook/telegram", b.HandleUpdate)
}
