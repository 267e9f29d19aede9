// Package hooks: a shop's Stripe listener telling the shop owner's chat
// about each paid order through a bot library whose HTTP client is an
// interface field (chatapi.Bot.Client.Do): the message leaves the
// process before the answer, reported; the look-alikes answer first,
// send in the background, or only format the text.
package hooks

import (
	"database/sql"
	"io"
	"net/http"
	"os"

	"chatdoer/chatapi"

	"github.com/stripe/stripe-go/v82/webhook"
)

type Hooks struct {
	bot   *chatapi.Bot
	db    *sql.DB
	owner int64
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.paid)
	mux.HandleFunc("POST /webhooks/stripe-answered", h.paidAnswerFirst)
	mux.HandleFunc("POST /webhooks/stripe-background", h.paidBackground)
	mux.HandleFunc("POST /webhooks/stripe-formatted", h.paidFormatted)
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (string, bool) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), os.Getenv("STRIPE_WEBHOOK_SECRET"))
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return "", false
	}
	return evt.ID, true
}

// paid tells the owner's chat before answering Stripe: the bot's request
// goes out through the library's HTTP client interface.
func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) {
	id, ok := h.event(w, r)
	if !ok {
		return
	}
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid' WHERE event_id = $1`, id); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	_ = h.bot.Send(chatapi.Message{ChatID: h.owner, Text: "order paid"}) // want `webhook handler calls chatapi\.Bot\.Send, which calls chatapi\.Bot\.request, which calls an external API \(chatapi\.HTTPClient\.Do\)`
	w.WriteHeader(http.StatusOK)
}

// paidAnswerFirst answers, then tells the chat: silent.
func (h *Hooks) paidAnswerFirst(w http.ResponseWriter, r *http.Request) {
	id, ok := h.event(w, r)
	if !ok {
		return
	}
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid' WHERE event_id = $1`, id); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	_ = h.bot.Send(chatapi.Message{ChatID: h.owner, Text: "order paid"})
}

// paidBackground hands the message to a goroutine: silent.
func (h *Hooks) paidBackground(w http.ResponseWriter, r *http.Request) {
	id, ok := h.event(w, r)
	if !ok {
		return
	}
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid' WHERE event_id = $1`, id); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	go func() { _ = h.bot.Send(chatapi.Message{ChatID: h.owner, Text: "order paid"}) }()
	w.WriteHeader(http.StatusOK)
}

// paidFormatted only renders the text into the order row: silent.
func (h *Hooks) paidFormatted(w http.ResponseWriter, r *http.Request) {
	id, ok := h.event(w, r)
	if !ok {
		return
	}
	note := h.bot.Format(chatapi.Message{ChatID: h.owner, Text: "order paid"})
	if _, err := h.db.Exec(`UPDATE orders SET status = 'paid', note = $2 WHERE event_id = $1`, id, note); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
