// Package enqueue: webhooks that verify and only enqueue the event, and
// one that only records the raw event for asynchronous processing; the
// worker fulfils later, outside any handler.
package enqueue

import (
	"context"
	"database/sql"
	"io"
	"log"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Queue interface {
	Enqueue(ctx context.Context, topic string, payload []byte) error
}

type Hooks struct {
	q      Queue
	db     *sql.DB
	secret string
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.stripeWebhook)
	mux.HandleFunc("POST /webhooks/raw", h.recordRaw)
	mux.HandleFunc("POST /paypal/ipn", h.recordRaw)
}

func (h *Hooks) stripeWebhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.q.Enqueue(r.Context(), string(ev.Type), body); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// recordRaw stores the raw body; the worker verifies and processes it.
func (h *Hooks) recordRaw(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	log.Printf("webhook received: %d bytes, signature %q", len(body), r.Header.Get("Stripe-Signature"))
	_, err = h.db.ExecContext(r.Context(),
		"INSERT INTO webhook_inbox (provider, signature, body) VALUES ($1, $2, $3)",
		"stripe", r.Header.Get("Stripe-Signature"), body)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Worker drains the inbox, verifying each event before fulfilling.
type Worker struct {
	db     *sql.DB
	secret string
}

func (wk *Worker) fulfillOrder(ctx context.Context, ref string) error { return nil }

func (wk *Worker) Process(ctx context.Context, body []byte, sig string) error {
	ev, err := webhook.ConstructEvent(body, sig, wk.secret)
	if err != nil {
		return err
	}
	if ev.Type == stripe.EventTypeCheckoutSessionCompleted {
		return wk.fulfillOrder(ctx, ev.ID)
	}
	return nil
}
