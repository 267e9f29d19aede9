package escrow

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"time"

	"github.com/hibiken/asynq"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

// Hooks receives the platform's Stripe events.
type Hooks struct {
	store  *Store
	queue  *asynq.Client
	secret string
}

type piObj struct {
	ID     string `json:"id"`
	Amount int64  `json:"amount"`
}

func (h *Hooks) verified(w http.ResponseWriter, r *http.Request) (*stripe.Event, *piObj) {
	body, _ := io.ReadAll(r.Body)
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return nil, nil
	}
	var pi piObj
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return nil, nil
	}
	return &ev, &pi
}

// PaymentSucceeded opens the hold, then queues the seller payout for after
// the delivery window; Stripe is answered at once.
func (h *Hooks) PaymentSucceeded(w http.ResponseWriter, r *http.Request) {
	ev, pi := h.verified(w, r)
	if ev == nil {
		return
	}
	orderID, err := h.store.OrderByIntent(r.Context(), pi.ID)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	opened, err := h.store.OpenHold(r.Context(), orderID, pi.Amount)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if opened {
		task := asynq.NewTask("payout:release", []byte(orderID))
		h.queue.Enqueue(task, asynq.Queue("payouts"))
	}
	w.WriteHeader(http.StatusOK)
}

// Refunded books the refund in the ledger. The order row is sometimes
// written a moment after Stripe calls, so it waits for it first.
func (h *Hooks) Refunded(w http.ResponseWriter, r *http.Request) {
	ev, pi := h.verified(w, r)
	if ev == nil {
		return
	}
	var orderID string
	var err error
	for i := 0; i < 5; i++ {
		orderID, err = h.store.OrderByIntent(r.Context(), pi.ID)
		if !errors.Is(err, errNotFound) {
			break
		}
		time.Sleep(400 * time.Millisecond) // want "\\[webhookack\\] webhook handler sleeps \\(time.Sleep\\)"
	}
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.store.AddRefund(r.Context(), orderID, pi.Amount); err != nil { // want "\\[webhookdedupe\\] webhook handler inserts a ledger or payment row \\(escrow.Store.AddRefund"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Register mounts the handlers.
func Register(mux *http.ServeMux, store *Store, q *asynq.Client, secret string) {
	h := &Hooks{store: store, queue: q, secret: secret}
	mux.HandleFunc("POST /webhooks/stripe/payment-succeeded", h.PaymentSucceeded)
	mux.HandleFunc("POST /webhooks/stripe/charge-refunded", h.Refunded)
}
