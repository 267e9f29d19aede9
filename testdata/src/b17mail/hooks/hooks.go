// Package hooks receives a bakery's Stripe events over net/http: gift-card
// top-ups credited once by the wallet store (it moves the top-up out of
// pending first), and orders marked paid behind their stored state. The
// confirmation mail is the question: sent after the guarded branch joins
// again it goes out on every delivery; inside the branch, after an early
// return for a paid order, queued in an outbox keyed by the event,
// through a sender that claims the confirmation first, or only logged, it
// does not.
package hooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"b17mail/mailer"
	"b17mail/store"
)

// Wallet credits a top-up (once: see store.Wallets.TopUp).
type Wallet interface {
	TopUp(ctx context.Context, topUpID string) error
}

// Orders reads and marks orders.
type Orders interface {
	Find(ctx context.Context, id string) (store.Order, error)
	MarkPaid(ctx context.Context, id string) error
}

// Confirmations mails the customer.
type Confirmations interface {
	SendEmail(ctx context.Context, to, subject, body string) error
}

// Receipts mails a receipt.
type Receipts interface {
	SendReceipt(ctx context.Context, to, html string) error
}

// Outbox queues a mail under a key.
type Outbox interface {
	SendEmail(ctx context.Context, key, to, subject, body string) error
}

// Claimed sends a confirmation the sender claims first.
type Claimed interface {
	SendConfirmation(ctx context.Context, orderID, to string) error
}

// Notices tells the customer something.
type Notices interface {
	SendNotification(ctx context.Context, customer, text string) error
}

// Hooks holds the ports.
type Hooks struct {
	wallet   Wallet
	orders   Orders
	confirm  Confirmations
	receipts Receipts
	outbox   Outbox
	notices  Notices
	claimed  Claimed
	secret   string
}

// New wires the ports.
func New(db *sql.DB, client *http.Client, secret string) *Hooks {
	return &Hooks{
		wallet:   store.NewWallets(db),
		orders:   store.NewOrders(db),
		confirm:  &mailer.HTTPMailer{Client: client, Endpoint: "https://mail.example.com"},
		receipts: &mailer.GmailSender{HTTP: client},
		outbox:   &mailer.OutboxMailer{DB: db},
		notices:  mailer.LogNotifier{},
		claimed:  &mailer.ClaimingMailer{DB: db, Mail: &mailer.HTTPMailer{Client: client}},
		secret:   secret,
	}
}

// Routes mounts the listeners.
func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /stripe/webhook/topup", h.topUp)
	mux.HandleFunc("POST /stripe/webhook/topup-gmail", h.topUpGmail)
	mux.HandleFunc("POST /stripe/webhook/order", h.order)
	mux.HandleFunc("POST /stripe/webhook/order-branch", h.orderInBranch)
	mux.HandleFunc("POST /stripe/webhook/order-return", h.orderEarlyReturn)
	mux.HandleFunc("POST /stripe/webhook/topup-outbox", h.topUpOutbox)
	mux.HandleFunc("POST /stripe/webhook/topup-notice", h.topUpNotice)
	mux.HandleFunc("POST /stripe/webhook/order-claimed", h.orderClaimed)
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

// --- reported: the mail goes out after the guarded branch joins again ---

// topUp credits once, but mails "top-up received" whatever the event and
// on every delivery.
func (h *Hooks) topUp(w http.ResponseWriter, r *http.Request) {
	evt, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	if evt.Type == "payment_intent.succeeded" {
		if err := h.wallet.TopUp(ctx, pi.Metadata["top_up_id"]); err != nil {
			http.Error(w, "credit", http.StatusInternalServerError)
			return
		}
	}
	_ = h.confirm.SendEmail(ctx, pi.Email, "Top-up received", "<p>Your gift card was topped up.</p>") // want `webhook handler sends a message \(hooks.Confirmations.SendEmail\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// topUpGmail is the same with the receipt sent through Gmail's API.
func (h *Hooks) topUpGmail(w http.ResponseWriter, r *http.Request) {
	evt, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	if evt.Type == "payment_intent.succeeded" {
		_ = h.wallet.TopUp(ctx, pi.Metadata["top_up_id"])
	}
	_ = h.receipts.SendReceipt(ctx, pi.Email, "<p>Thanks!</p>") // want `webhook handler sends a message \(hooks.Receipts.SendReceipt\) on every delivery`
	w.WriteHeader(http.StatusOK)
}

// order marks the order paid only while it is not, then mails after the
// branch: a repeat skips the mark, not the mail.
func (h *Hooks) order(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	o, err := h.orders.Find(ctx, pi.Metadata["order_id"])
	if err != nil {
		http.Error(w, "order", http.StatusInternalServerError)
		return
	}
	if o.Status != "paid" {
		_ = h.orders.MarkPaid(ctx, o.ID)
	}
	_ = h.confirm.SendEmail(ctx, o.Email, "Order confirmed", "<p>We are baking it.</p>") // want `webhook handler sends a message \(hooks.Confirmations.SendEmail\) on every delivery`
	w.WriteHeader(http.StatusOK)
}

// --- silent ---

// orderInBranch mails inside the branch the stored state guards.
func (h *Hooks) orderInBranch(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	o, err := h.orders.Find(ctx, pi.Metadata["order_id"])
	if err != nil {
		http.Error(w, "order", http.StatusInternalServerError)
		return
	}
	if o.Status != "paid" {
		_ = h.orders.MarkPaid(ctx, o.ID)
		_ = h.confirm.SendEmail(ctx, o.Email, "Order confirmed", "<p>We are baking it.</p>")
	}
	w.WriteHeader(http.StatusOK)
}

// orderEarlyReturn answers a paid order's repeat before the mail.
func (h *Hooks) orderEarlyReturn(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	o, err := h.orders.Find(ctx, pi.Metadata["order_id"])
	if err != nil {
		http.Error(w, "order", http.StatusInternalServerError)
		return
	}
	if o.Status == "paid" {
		w.WriteHeader(http.StatusOK)
		return
	}
	_ = h.orders.MarkPaid(ctx, o.ID)
	_ = h.confirm.SendEmail(ctx, o.Email, "Order confirmed", "<p>We are baking it.</p>")
	w.WriteHeader(http.StatusOK)
}

// topUpOutbox queues the mail under the event id: the relay sends it once.
func (h *Hooks) topUpOutbox(w http.ResponseWriter, r *http.Request) {
	evt, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	if evt.Type == "payment_intent.succeeded" {
		_ = h.wallet.TopUp(ctx, pi.Metadata["top_up_id"])
	}
	_ = h.outbox.SendEmail(ctx, evt.ID, pi.Email, "Top-up received", "<p>Your gift card was topped up.</p>")
	w.WriteHeader(http.StatusOK)
}

// topUpNotice only logs a notice and counts it.
func (h *Hooks) topUpNotice(w http.ResponseWriter, r *http.Request) {
	evt, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	if evt.Type == "payment_intent.succeeded" {
		_ = h.wallet.TopUp(ctx, pi.Metadata["top_up_id"])
	}
	_ = h.notices.SendNotification(ctx, pi.Email, "top-up received")
	w.WriteHeader(http.StatusOK)
}

// orderClaimed mails after the branch through a sender that claims the
// confirmation first: the sender's own guard keeps it to one.
func (h *Hooks) orderClaimed(w http.ResponseWriter, r *http.Request) {
	_, pi, ok := h.event(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	o, err := h.orders.Find(ctx, pi.Metadata["order_id"])
	if err != nil {
		http.Error(w, "order", http.StatusInternalServerError)
		return
	}
	if o.Status != "paid" {
		_ = h.orders.MarkPaid(ctx, o.ID)
	}
	_ = h.claimed.SendConfirmation(ctx, o.ID, o.Email)
	w.WriteHeader(http.StatusOK)
}
