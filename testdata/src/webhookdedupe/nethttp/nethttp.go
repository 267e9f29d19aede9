// Package nethttp: Stripe and REST-provider webhooks on net/http that
// repeat effects on every delivery, and the guarded look-alikes.
package nethttp

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"sync"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/webhook"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

// Warehouse ships paid orders.
type Warehouse struct{}

func (w *Warehouse) ShipOrder(ctx context.Context, orderID string) error { return nil }

// Mailer sends customer e-mail.
type Mailer struct{}

func (m *Mailer) SendReceipt(ctx context.Context, to, orderID string) error { return nil }

type Order struct {
	ID     string
	Status string
	Paid   bool
}

func (o *Order) TransitionTo(state string) error { return nil }

type Orders struct{}

func (s *Orders) Get(ctx context.Context, id string) (*Order, error) { return &Order{}, nil }

type Events struct{}

func (e *Events) AlreadyProcessed(ctx context.Context, id string) (bool, error) { return false, nil }

type Queue struct{}

func (q *Queue) Enqueue(ctx context.Context, eventID string, body []byte) error { return nil }

type Hooks struct {
	db        *sql.DB
	warehouse *Warehouse
	mailer    *Mailer
	orders    *Orders
	events    *Events
	queue     *Queue
	seen      map[string]bool
}

type paid struct {
	ID      string `json:"id"`
	OrderID string `json:"order_id"`
	UserID  string `json:"user_id"`
	Amount  int64  `json:"amount"`
	Status  string `json:"status"`
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.stripeShips)
	mux.HandleFunc("POST /webhooks/stripe-seen", h.stripeSeen)
	mux.HandleFunc("POST /webhooks/stripe-state", h.stripeStateGuard)
	mux.HandleFunc("POST /webhooks/stripe-transition", h.stripeTransition)
	mux.HandleFunc("POST /webhooks/stripe-flag", h.stripePaidFlag)
	mux.HandleFunc("POST /webhooks/stripe-event-status", h.eventStatusOnly)
	mux.HandleFunc("POST /webhooks/stripe-refetch", h.refetchedOnly)
	mux.HandleFunc("POST /webhooks/stripe-refund", h.refundNoKey)
	mux.HandleFunc("POST /webhooks/stripe-refund-key", h.refundEventKey)
	mux.HandleFunc("POST /webhooks/stripe-queue", h.enqueueOnly)
	mux.HandleFunc("POST /webhooks/payments", h.creditsWallet)
	mux.HandleFunc("POST /webhooks/payments-once", h.creditsOnce)
	mux.HandleFunc("POST /webhooks/payments-cas", h.compareAndSet)
	mux.HandleFunc("POST /webhooks/payments-ledger", h.ledgerInsert)
	mux.HandleFunc("POST /webhooks/payments-paid", h.marksPaidOnly)
	mux.HandleFunc("POST /webhooks/payments-map", h.seenMap)
	mux.HandleFunc("POST /webhooks/github", h.githubMail)
	mux.HandleFunc("POST /admin/orders/ship", h.adminShip)
	mux.HandleFunc("POST /webhooks/stripe-marked", h.marked)
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return stripe.Event{}, false
	}
	return evt, true
}

// stripeShips ships and mails on every delivery.
func (h *Hooks) stripeShips(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	orderID := pi.Metadata["order_id"]
	h.warehouse.ShipOrder(r.Context(), orderID)                 // want `webhook handler fulfils the order \(nethttp.Warehouse.ShipOrder\) on every delivery of the event; providers deliver events more than once — record the event id \(or check the order's state\) before fulfilling`
	h.mailer.SendReceipt(r.Context(), "buyer@example", orderID) // want `webhook handler sends a message \(nethttp.Mailer.SendReceipt\) on every delivery of the event`
	w.WriteHeader(http.StatusOK)
}

// stripeSeen: the event id is checked against a store first.
func (h *Hooks) stripeSeen(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	seen, err := h.events.AlreadyProcessed(r.Context(), evt.ID)
	if err != nil {
		http.Error(w, "store", http.StatusInternalServerError)
		return
	}
	if seen {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.warehouse.ShipOrder(r.Context(), evt.ID)
	h.mailer.SendReceipt(r.Context(), "buyer@example", evt.ID)
}

// stripeStateGuard: the stored order's state is checked first.
func (h *Hooks) stripeStateGuard(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	o, err := h.orders.Get(r.Context(), evt.ID)
	if err != nil {
		return
	}
	if o.Status == "shipped" {
		return
	}
	h.warehouse.ShipOrder(r.Context(), o.ID)
}

// stripeTransition: a transition that rejects a repeat.
func (h *Hooks) stripeTransition(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	o, _ := h.orders.Get(r.Context(), evt.ID)
	if err := o.TransitionTo("shipped"); err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.warehouse.ShipOrder(r.Context(), o.ID)
}

// stripePaidFlag: the effect only on the branch where the stored flag is
// not set yet.
func (h *Hooks) stripePaidFlag(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	o, _ := h.orders.Get(r.Context(), evt.ID)
	if !o.Paid {
		h.warehouse.ShipOrder(r.Context(), o.ID)
	}
}

// eventStatusOnly: the event's own status says the same on every delivery.
func (h *Hooks) eventStatusOnly(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	json.Unmarshal(evt.Data.Raw, &pi)
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return
	}
	h.warehouse.ShipOrder(r.Context(), pi.ID) // want `webhook handler fulfils the order`
}

// refetchedOnly: the payment fetched back from the provider is paid on
// every delivery too.
func (h *Hooks) refetchedOnly(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	pi, err := paymentintent.Get(evt.ID, nil)
	if err != nil || pi.Status != stripe.PaymentIntentStatusSucceeded {
		return
	}
	h.warehouse.ShipOrder(r.Context(), pi.ID) // want `webhook handler fulfils the order`
}

// refundNoKey: stripe-go sends a new random key per call.
func (h *Hooks) refundNoKey(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(evt.ID)}) // want `webhook handler sends a payment write \(stripe refund.New\) on every delivery of the event; .* or pass an idempotency key derived from the event id`
}

// refundEventKey: a key derived from the event: the provider answers a
// repeat with the first refund.
func (h *Hooks) refundEventKey(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	params := &stripe.RefundParams{PaymentIntent: stripe.String(evt.ID)}
	params.SetIdempotencyKey("refund-" + evt.ID)
	refund.New(params)
}

// enqueueOnly: the event handed to a queue keyed by its id.
func (h *Hooks) enqueueOnly(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.queue.Enqueue(r.Context(), evt.ID, evt.Data.Raw); err != nil {
		http.Error(w, "queue", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func decode(r *http.Request) (paid, bool) {
	var p paid
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return p, false
	}
	return p, true
}

// creditsWallet: a balance increment on every delivery.
func (h *Hooks) creditsWallet(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok || p.Status != "succeeded" {
		return
	}
	h.db.ExecContext(r.Context(), "UPDATE wallets SET balance = balance + $1 WHERE user_id = $2", p.Amount, p.UserID) // want `webhook handler credits the balance .* on every delivery of the event`
}

// creditsOnce: the event recorded with ON CONFLICT DO NOTHING, its rows
// affected checked.
func (h *Hooks) creditsOnce(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	res, err := h.db.ExecContext(r.Context(), "INSERT INTO processed_events (id) VALUES ($1) ON CONFLICT DO NOTHING", p.ID)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return // a repeat
	}
	h.db.ExecContext(r.Context(), "UPDATE wallets SET balance = balance + $1 WHERE user_id = $2", p.Amount, p.UserID)
}

// compareAndSet: UPDATE ... WHERE status = 'pending' and rows affected.
func (h *Hooks) compareAndSet(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	res, err := h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'", p.OrderID)
	if err != nil {
		return
	}
	n, err := res.RowsAffected()
	if err != nil || n != 1 {
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO ledger_entries (user_id, amount) VALUES ($1, $2)", p.UserID, p.Amount)
	h.warehouse.ShipOrder(r.Context(), p.OrderID)
}

// ledgerInsert: a ledger row inserted on every delivery.
func (h *Hooks) ledgerInsert(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO ledger_entries (user_id, amount) VALUES ($1, $2)", p.UserID, p.Amount) // want `webhook handler inserts a ledger or payment row`
}

// marksPaidOnly: setting a status is idempotent.
func (h *Hooks) marksPaidOnly(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1", p.OrderID)
	w.WriteHeader(http.StatusOK)
}

// seenMap: the event id looked up in a map of seen events.
func (h *Hooks) seenMap(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	if h.seen[p.ID] {
		return
	}
	h.seen[p.ID] = true
	h.warehouse.ShipOrder(r.Context(), p.OrderID)
}

// githubMail: not a payment provider's webhook.
func (h *Hooks) githubMail(w http.ResponseWriter, r *http.Request) {
	h.mailer.SendReceipt(r.Context(), "dev@example", r.Header.Get("X-GitHub-Delivery"))
}

// adminShip: not a webhook.
func (h *Hooks) adminShip(w http.ResponseWriter, r *http.Request) {
	h.warehouse.ShipOrder(r.Context(), r.FormValue("order_id"))
}

//paylint:fulfillment
func grantCourse(userID string) {}

//paylint:fulfillment
func activatePlan(userID string) {}

// Marked: a grant repeats; activating a plan sets a state.
func (h *Hooks) marked(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.event(w, r)
	if !ok {
		return
	}
	grantCourse(evt.Account) // want `webhook handler fulfils the order \(nethttp.grantCourse\) on every delivery`
	activatePlan(evt.Account)
}

var ErrDuplicateEvent = errors.New("event already recorded")

type Ledger struct{ processed sync.Map }

func (l *Ledger) RecordEvent(ctx context.Context, id string) error { return nil }

// syncMapGuard: the event id stored in a sync.Map; a repeat is loaded.
func (h *Hooks) syncMapGuard(w http.ResponseWriter, r *http.Request, l *Ledger) {
	p, ok := decode(r)
	if !ok {
		return
	}
	if _, loaded := l.processed.LoadOrStore(p.ID, true); loaded {
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO ledger_entries (user_id, amount) VALUES ($1, $2)", p.UserID, p.Amount)
}

// recordedFirst: RecordEvent fails with ErrDuplicateEvent on a repeat.
func (h *Hooks) recordedFirst(w http.ResponseWriter, r *http.Request, l *Ledger) {
	p, ok := decode(r)
	if !ok {
		return
	}
	err := l.RecordEvent(r.Context(), p.ID)
	if errors.Is(err, ErrDuplicateEvent) {
		w.WriteHeader(http.StatusOK)
		return
	}
	h.mailer.SendReceipt(r.Context(), "buyer@example", p.OrderID)
}

// upsert: an insert keyed by the payment id that updates on conflict.
func (h *Hooks) upsert(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO payments (id, order_id, status) VALUES ($1, $2, 'paid') ON CONFLICT (id) DO UPDATE SET status = 'paid'", p.ID, p.OrderID)
}

// paymentRow: a paid payment row inserted on every delivery.
func (h *Hooks) paymentRow(w http.ResponseWriter, r *http.Request) {
	p, ok := decode(r)
	if !ok {
		return
	}
	h.db.ExecContext(r.Context(), "INSERT INTO payments (id, order_id, status) VALUES ($1, $2, 'paid')", p.ID, p.OrderID) // want `webhook handler inserts a ledger or payment row`
}

func (h *Hooks) moreRoutes(mux *http.ServeMux, l *Ledger) {
	mux.HandleFunc("POST /webhooks/payments-syncmap", func(w http.ResponseWriter, r *http.Request) { h.syncMapGuard(w, r, l) })
	mux.HandleFunc("POST /webhooks/payments-recorded", func(w http.ResponseWriter, r *http.Request) { h.recordedFirst(w, r, l) })
	mux.HandleFunc("POST /webhooks/payments-upsert", h.upsert)
	mux.HandleFunc("POST /webhooks/payments-row", h.paymentRow)
}
