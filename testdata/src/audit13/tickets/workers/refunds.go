// Package workers holds the asynq task handlers.
package workers

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/hibiken/asynq"

	"audit13/tickets/domain"
)

// TaskEventCancelled refunds every paid order of a cancelled event.
const TaskEventCancelled = "event:cancelled"

// Refunder refunds one order in full with its provider.
type Refunder interface {
	Refund(ctx context.Context, o domain.Order) error
}

// OrderStore is the order persistence the workers need.
type OrderStore interface {
	PaidForEvent(ctx context.Context, eventID int64) ([]domain.Order, error)
	SetStatus(ctx context.Context, ref string, st domain.OrderStatus) error
}

// CancelledEvent refunds the orders of a cancelled event.
type CancelledEvent struct {
	orders    OrderStore
	refunders map[domain.Provider]Refunder
	log       *slog.Logger
}

// NewCancelledEvent builds the worker.
func NewCancelledEvent(orders OrderStore, refunders map[domain.Provider]Refunder, log *slog.Logger) *CancelledEvent {
	return &CancelledEvent{orders: orders, refunders: refunders, log: log}
}

// ProcessTask implements asynq.Handler.
func (w *CancelledEvent) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p struct {
		EventID int64 `json:"event_id"`
	}
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("%v: %w", err, asynq.SkipRetry)
	}
	paid, err := w.orders.PaidForEvent(ctx, p.EventID)
	if err != nil {
		return err
	}
	var failed int
	for _, o := range paid {
		r, ok := w.refunders[o.Provider]
		if !ok {
			failed++
			continue
		}
		if err := r.Refund(ctx, o); err != nil {
			w.log.Error("refund", "ref", o.Ref, "err", err)
			failed++
			continue
		}
		if err := w.orders.SetStatus(ctx, o.Ref, domain.OrderRefunded); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("event %d: %d refunds failed", p.EventID, failed)
	}
	return nil
}
