package hooks

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/hibiken/asynq"

	"audit24/homeservices/domain"
)

// Dedupe answers whether a delivery is new.
type Dedupe interface {
	First(ctx context.Context, key string) (bool, error)
	Forget(ctx context.Context, key string) error
}

// Square receives payment.updated and refund.updated. The signature is
// checked by the middleware the router puts in front of it.
type Square struct {
	bookings Bookings
	seen     Dedupe
	queue    *asynq.Client
	log      *slog.Logger
}

func NewSquare(bookings Bookings, seen Dedupe, queue *asynq.Client, log *slog.Logger) *Square {
	return &Square{bookings: bookings, seen: seen, queue: queue, log: log}
}

type squareEvent struct {
	EventID string `json:"event_id"`
	Type    string `json:"type"`
	Data    struct {
		Object struct {
			Payment *struct {
				ID          string `json:"id"`
				Status      string `json:"status"`
				OrderID     string `json:"order_id"`
				AmountMoney struct {
					Amount int64 `json:"amount"`
				} `json:"amount_money"`
			} `json:"payment"`
			Refund *struct {
				ID        string `json:"id"`
				Status    string `json:"status"`
				PaymentID string `json:"payment_id"`
				OrderID   string `json:"order_id"`
			} `json:"refund"`
		} `json:"object"`
	} `json:"data"`
}

func (h *Square) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var evt squareEvent
	if err := json.NewDecoder(r.Body).Decode(&evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	switch {
	case evt.Type == "payment.updated" && evt.Data.Object.Payment != nil:
		p := evt.Data.Object.Payment
		if p.Status != "COMPLETED" {
			break
		}
		first, err := h.seen.First(ctx, "square:"+evt.EventID)
		if err != nil {
			http.Error(w, "retry", http.StatusServiceUnavailable)
			return
		}
		if !first {
			break
		}
		b, err := h.bookings.Get(ctx, p.OrderID)
		if err != nil {
			h.log.Warn("square payment for unknown booking", "order", p.OrderID)
			break
		}
		if err := h.bookings.CreditPro(ctx, b.ProID, p.AmountMoney.Amount*85/100, "job", p.ID); err != nil { // audit: lookalike webhookdedupe: redis SETNX on the event id above lets only the first delivery credit the pro
			_ = h.seen.Forget(ctx, "square:"+evt.EventID)
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		_ = h.bookings.MarkPaid(ctx, b.ID)
	case evt.Type == "refund.updated" && evt.Data.Object.Refund != nil:
		rf := evt.Data.Object.Refund
		if rf.Status != "COMPLETED" {
			break
		}
		if err := h.bookings.SetStatus(ctx, rf.OrderID, domain.BookingRefunded); err != nil {
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
		note, _ := json.Marshal(map[string]string{"booking_id": rf.OrderID})
		if _, err := h.queue.EnqueueContext(ctx, asynq.NewTask("refund:notify", note), asynq.TaskID("refund-"+rf.ID)); err != nil { // audit: lookalike webhookack: the customer email is queued (a redis write), the worker sends it after the 200
			h.log.Warn("enqueue refund note", "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
