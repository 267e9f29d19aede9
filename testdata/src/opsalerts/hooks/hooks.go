// Package hooks receives a shop's Stripe events over net/http and marks
// orders paid (an idempotent write). What each listener sends next is the
// question: an alert to the merchant's own operations chat, channel or
// on-call address, whose recipient configuration fixes, is no customer
// message; an SMS, a chat message, a receipt or a WhatsApp message to
// the customer the event names goes out again on every delivery.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"opsalerts/notify"
)

// Orders marks orders paid.
type Orders interface {
	MarkPaid(ctx context.Context, id string) error
}

// Hooks holds the senders.
type Hooks struct {
	orders   Orders
	telegram *notify.TelegramService
	slack    *notify.SlackAlerts
	opsMail  *notify.OpsMail
	sms      *notify.CustomerSMS
	chat     *notify.CustomerTelegram
	receipts *notify.ReceiptMailer
	whatsapp *notify.WhatsAppSender
	secret   string
}

// Routes mounts the listeners.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stripe/webhook/ops-telegram", h.opsTelegram)
	mux.HandleFunc("POST /stripe/webhook/ops-slack", h.opsSlack)
	mux.HandleFunc("POST /stripe/webhook/ops-mail", h.opsMail2)
	mux.HandleFunc("POST /stripe/webhook/customer-sms", h.customerSMS)
	mux.HandleFunc("POST /stripe/webhook/customer-chat", h.customerChat)
	mux.HandleFunc("POST /stripe/webhook/receipt", h.receipt)
	mux.HandleFunc("POST /stripe/webhook/whatsapp", h.customerWhatsApp)
}

type intent struct {
	ID       string            `json:"id"`
	Email    string            `json:"receipt_email"`
	Metadata map[string]string `json:"metadata"`
}

// event reads and verifies the delivery; ok false after answering 400.
func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (stripe.Event, intent, bool) {
	payload, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return stripe.Event{}, intent{}, false
	}
	evt, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return stripe.Event{}, intent{}, false
	}
	var pi intent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return stripe.Event{}, intent{}, false
	}
	return evt, pi, true
}

// --- silent: alerts to the merchant's own operations channels ---

// opsTelegram tells the ops chat an order was paid (and that a store
// failed): the chat is the bot's configured one.
func (h *Hooks) opsTelegram(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		h.sendTelegramAlert("store failed for " + pi.ID)
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	h.sendTelegramAlert("<b>Paid</b> " + pi.ID)
	w.WriteHeader(http.StatusOK)
}

// sendTelegramAlert posts to the ops chat through the bot's service.
func (h *Hooks) sendTelegramAlert(message string) {
	_ = h.telegram.SendMessage(message, "HTML")
}

// opsSlack posts to the configured ops channel.
func (h *Hooks) opsSlack(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.slack.SendNotification(r.Context(), "order paid: "+pi.Metadata["order_id"])
	w.WriteHeader(http.StatusOK)
}

// opsMail2 mails the on-call address from the environment.
func (h *Hooks) opsMail2(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.opsMail.SendAlertEmail("order paid", pi.ID)
	w.WriteHeader(http.StatusOK)
}

// --- reported: the customer the event names gets it on every delivery ---

// customerSMS texts the phone in the payment's metadata.
func (h *Hooks) customerSMS(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.sms.SendSMS(r.Context(), pi.Metadata["phone"], "Your order is confirmed") // want `webhook handler sends a message \(notify\.CustomerSMS\.SendSMS: http\.Post\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// customerChat messages the customer's linked Telegram chat.
func (h *Hooks) customerChat(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.chat.SendTelegramMessage(int64(len(pi.Metadata["tg_chat"])), "Your order is confirmed") // want `webhook handler sends a message \(notify\.CustomerTelegram\.SendTelegramMessage: http\.Post\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// receipt mails the buyer's receipt address.
func (h *Hooks) receipt(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.receipts.SendReceipt(r.Context(), notify.Order{ID: pi.Metadata["order_id"], Email: pi.Email}) // want `webhook handler sends a message \(notify\.ReceiptMailer\.SendReceipt: http\.Post\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// customerWhatsApp posts a WhatsApp message to the customer's number.
func (h *Hooks) customerWhatsApp(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.orders.MarkPaid(r.Context(), pi.Metadata["order_id"]); err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	_ = h.whatsapp.SendWhatsApp(r.Context(), pi.Metadata["whatsapp"], "Your order is confirmed") // want `webhook handler sends a message \(notify\.WhatsAppSender\.SendWhatsApp: http\.Post\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}
