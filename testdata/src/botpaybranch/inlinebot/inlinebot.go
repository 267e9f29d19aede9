// Package inlinebot handles a shop bot's Telegram updates in line on
// net/http: the chat branch comes first, and the payment branch provisions
// what was bought at a third party before the handler answers.
package inlinebot

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"net/http"
	"strconv"
)

// Update is the part of a Telegram update the bot reads.
type Update struct {
	Message *struct {
		Text string `json:"text"`
		Chat struct {
			ID int64 `json:"id"`
		} `json:"chat"`
		SuccessfulPayment *struct {
			TotalAmount    int    `json:"total_amount"`
			InvoicePayload string `json:"invoice_payload"`
		} `json:"successful_payment"`
	} `json:"message"`
}

// Shop answers the bot's updates.
type Shop struct {
	db       *sql.DB
	client   *http.Client
	token    string
	panelURL string
}

func (s *Shop) reply(chatID int64, text string) {
	body, _ := json.Marshal(map[string]any{"chat_id": chatID, "text": text})
	req, _ := http.NewRequest(http.MethodPost, "https://api.telegram.org/bot"+s.token+"/sendMessage", bytes.NewReader(body))
	if resp, err := s.client.Do(req); err == nil {
		resp.Body.Close()
	}
}

// Updates handles one update: a command, or a payment it records and
// provisions.
func (s *Shop) Updates(w http.ResponseWriter, r *http.Request) {
	var u Update
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil || u.Message == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	if u.Message.Text != "" {
		s.reply(u.Message.Chat.ID, "Use /buy to get a key.")
	} else if p := u.Message.SuccessfulPayment; p != nil {
		s.db.Exec(`UPDATE orders SET status = 'paid' WHERE payload = $1`, p.InvoicePayload)
		body, _ := json.Marshal(map[string]any{"order": p.InvoicePayload, "days": 30})
		resp, err := http.Post(s.panelURL+"/api/keys", "application/json", bytes.NewReader(body)) // want `webhook handler calls an external API \(http.Post\) before answering`
		if err == nil {
			resp.Body.Close()
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Kinds switches on the update's kind; the payment case credits the
// wallet, then asks the panel for a key over the shop's client.
func (s *Shop) Kinds(w http.ResponseWriter, r *http.Request) {
	var u Update
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil || u.Message == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	switch {
	case u.Message.SuccessfulPayment == nil:
		s.reply(u.Message.Chat.ID, "Use /buy to get a key.")
	default:
		p := u.Message.SuccessfulPayment
		s.db.Exec(`UPDATE wallets SET balance = balance + $1 WHERE chat_id = $2`, p.TotalAmount, u.Message.Chat.ID)
		s.db.Exec(`UPDATE orders SET status = 'paid' WHERE payload = $1`, p.InvoicePayload)
		req, _ := http.NewRequest(http.MethodPost, s.panelURL+"/api/keys?chat="+strconv.FormatInt(u.Message.Chat.ID, 10), nil)
		if resp, err := s.client.Do(req); err == nil { // want `webhook handler calls an external API \(http.Client.Do\) before answering`
			resp.Body.Close()
		}
	}
	w.WriteHeader(http.StatusOK)
}

// Routes mounts the bot's webhooks.
func Routes(mux *http.ServeMux, s *Shop) {
	mux.HandleFunc("/webhook/telegram", s.Updates)
	mux.HandleFunc("/webhook/telegram/kinds", s.Kinds)
}
