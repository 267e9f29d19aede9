// Package chatapi is a chat-bot client in the shape of the popular bot
// libraries: the HTTP client is an interface field, so tests can swap it,
// and every method ends in that interface's Do.
package chatapi

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// HTTPClient is what the bot needs of an HTTP client (*http.Client has it).
type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

// Bot talks to the chat platform's bot API.
type Bot struct {
	Token  string
	Client HTTPClient
}

// New returns a bot on http.DefaultClient.
func New(token string) *Bot { return &Bot{Token: token, Client: http.DefaultClient} }

// Message is a text to one chat.
type Message struct {
	ChatID int64
	Text   string
}

// Send posts a message to its chat.
func (b *Bot) Send(m Message) error {
	_, err := b.request("sendMessage", url.Values{"chat_id": {itoa(m.ChatID)}, "text": {m.Text}})
	return err
}

// Format renders a message without sending it.
func (b *Bot) Format(m Message) string { return "[" + itoa(m.ChatID) + "] " + m.Text }

func (b *Bot) request(method string, v url.Values) (map[string]any, error) {
	req, err := http.NewRequest(http.MethodPost, "https://chat.example/bot"+b.Token+"/"+method, strings.NewReader(v.Encode()))
	if err != nil {
		return nil, err
	}
	resp, err := b.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}
