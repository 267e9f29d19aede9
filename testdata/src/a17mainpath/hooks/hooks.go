// Package hooks receives Stripe's payment events on chi. Several
// handlers page the on-call channel when a delivery is refused (a bad
// signature, an event naming no order, a failed payment) and call the
// merchant back once the order is paid: the call reported is the one on
// the path that pays the order, where the provider waits on every
// successful delivery, not the alert of a branch that gives up.
package hooks

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82/webhook"

	"a17mainpath/ops"
)

// Hooks handles the deliveries.
type Hooks struct {
	db     *sql.DB
	pager  *ops.Pager
	merch  *ops.Merchants
	secret string
}

// New returns Hooks.
func New(db *sql.DB, p *ops.Pager, m *ops.Merchants, secret string) *Hooks {
	return &Hooks{db: db, pager: p, merch: m, secret: secret}
}

// Mount registers the routes.
func (h *Hooks) Mount(r *chi.Mux) {
	r.Post("/webhooks/stripe/settled", h.Settled)
	r.Post("/webhooks/stripe/captured", h.Captured)
	r.Post("/webhooks/stripe/events", h.Events)
	r.Post("/webhooks/stripe/confirmed", h.Confirmed)
	r.Post("/webhooks/stripe/completed", h.Completed)
	r.Post("/webhooks/stripe/received", h.Received)
	r.Post("/webhooks/stripe/logged", h.Logged)
	r.Post("/webhooks/stripe/queued", h.Queued)
	r.Post("/webhooks/stripe/flushed", h.Flushed)
}

type intent struct {
	ID       string            `json:"id"`
	Metadata map[string]string `json:"metadata"`
}

func (h *Hooks) notifyURL(ctx context.Context, orderID string) string {
	var url string
	_ = h.db.QueryRowContext(ctx, "SELECT notify_url FROM orders WHERE id = $1", orderID).Scan(&url)
	return url
}

// Settled pages on a bad signature and on an event naming no order,
// then marks the order paid and calls the merchant back before
// answering: reported at the call back, the work of every paid delivery.
func (h *Hooks) Settled(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		_ = h.pager.Alert(ctx, "stripe: refused a delivery from "+r.RemoteAddr)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	if err := json.Unmarshal(evt.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	orderID := pi.Metadata["order_id"]
	if orderID == "" {
		_ = h.pager.Alert(ctx, "stripe: payment "+pi.ID+" names no order")
		w.WriteHeader(http.StatusOK)
		return
	}
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid") // want `webhook handler calls ops\.Merchants\.Notify, which calls an external API \(http\.Client\.Do\) before answering`
	w.WriteHeader(http.StatusOK)
}

// Captured pages only when the signature is refused; the paid path does
// nothing slow. The alert is still slow work before an answer: reported
// there.
func (h *Hooks) Captured(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		_ = h.pager.Alert(ctx, "stripe: refused a capture from "+r.RemoteAddr) // want `webhook handler calls ops\.Pager\.Alert, which calls an external API \(http\.Client\.Do\) before answering`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", pi.Metadata["order_id"]); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Events switches on the event's type: a failed payment is paged and
// answered, a succeeded one marks the order paid and calls the merchant
// back. Reported at the call back.
func (h *Hooks) Events(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	switch evt.Type {
	case "payment_intent.payment_failed":
		_ = h.pager.Alert(ctx, "stripe: payment failed for order "+orderID)
		w.WriteHeader(http.StatusOK)
		return
	case "payment_intent.succeeded":
		if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid") // want `webhook handler calls ops\.Merchants\.Notify, which calls an external API \(http\.Client\.Do\) before answering`
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Confirmed pages when marking the order paid fails, and otherwise calls
// the merchant back: the page is the write's error branch, the call back
// what every paid delivery waits on. Reported at the call back.
func (h *Hooks) Confirmed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		_ = h.pager.Alert(ctx, "could not mark order "+orderID+" paid: "+err.Error())
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid") // want `webhook handler calls ops\.Merchants\.Notify, which calls an external API \(http\.Client\.Do\) before answering`
	w.WriteHeader(http.StatusOK)
}

// Completed pages on an event naming no order, then hands the order to
// its own complete, which pages on an unknown order and otherwise marks
// it paid and calls the merchant back. Reported at complete, named for
// the call back.
func (h *Hooks) Completed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	if orderID == "" {
		_ = h.pager.Alert(ctx, "stripe: payment "+pi.ID+" names no order")
		w.WriteHeader(http.StatusOK)
		return
	}
	h.complete(ctx, orderID) // want `webhook handler calls hooks\.Hooks\.complete, which calls ops\.Merchants\.Notify, which calls an external API \(http\.Client\.Do\) before answering`
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) complete(ctx context.Context, orderID string) {
	var state string
	if err := h.db.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", orderID).Scan(&state); err != nil {
		_ = h.pager.Alert(ctx, "stripe: unknown order "+orderID)
		return
	}
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		return
	}
	_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid")
}

// Received pages every delivery as it arrives, before anything else: the
// page is on the paid path too, and stays the call reported.
func (h *Hooks) Received(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	_ = h.pager.Alert(ctx, "stripe: delivery from "+r.RemoteAddr) // want `webhook handler calls ops\.Pager\.Alert, which calls an external API \(http\.Client\.Do\) before answering`
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid")
	w.WriteHeader(http.StatusOK)
}

// Logged pages a refused signature and, otherwise, relays the event to
// the channel: it stores no payment state, so no path is the paid one and
// the first page stays the call reported.
func (h *Hooks) Logged(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		_ = h.pager.Alert(ctx, "stripe: refused a delivery from "+r.RemoteAddr) // want `webhook handler calls ops\.Pager\.Alert, which calls an external API \(http\.Client\.Do\) before answering`
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	_ = h.pager.Alert(ctx, "stripe: "+string(evt.Type))
	w.WriteHeader(http.StatusOK)
}

// Queued pages and calls the merchant back from goroutines: the answer
// waits for neither. Silent.
func (h *Hooks) Queued(w http.ResponseWriter, r *http.Request) {
	ctx := context.WithoutCancel(r.Context())
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		go h.pager.Alert(ctx, "stripe: refused a delivery from "+r.RemoteAddr)
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	go h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid")
	w.WriteHeader(http.StatusOK)
}

// Flushed refuses a bad signature without paging, and flushes its 200
// before calling the merchant back. Silent.
func (h *Hooks) Flushed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var pi intent
	_ = json.Unmarshal(evt.Data.Raw, &pi)
	orderID := pi.Metadata["order_id"]
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	_ = http.NewResponseController(w).Flush()
	_ = h.merch.Notify(ctx, h.notifyURL(ctx, orderID), orderID, "paid")
}
