package payouts

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"time"

	"audit24/homeservices/domain"
	"audit24/homeservices/store"
)

// Queue is the postgres job table.
type Queue interface {
	Claim(ctx context.Context, kind string) (*store.Job, error)
	Complete(ctx context.Context, id int64) error
	Fail(ctx context.Context, j *store.Job, cause error, maxAttempts int) error
}

// Worker runs jobs of one kind with typed arguments.
type Worker[T any] struct {
	Kind        string
	Queue       Queue
	MaxAttempts int
	Idle        time.Duration
	Handle      func(ctx context.Context, args T) error
	Log         *slog.Logger
}

// Run claims and works jobs until ctx ends.
func (w *Worker[T]) Run(ctx context.Context) error {
	for ctx.Err() == nil {
		j, err := w.Queue.Claim(ctx, w.Kind)
		if errors.Is(err, domain.ErrNotFound) {
			select {
			case <-ctx.Done():
			case <-time.After(w.Idle):
			}
			continue
		}
		if err != nil {
			return err
		}
		var args T
		if err := json.Unmarshal(j.Args, &args); err != nil {
			_ = w.Queue.Fail(ctx, j, err, 0)
			continue
		}
		if err := w.Handle(ctx, args); err != nil {
			w.Log.Warn("job failed", "kind", w.Kind, "id", j.ID, "attempt", j.Attempt, "err", err)
			_ = w.Queue.Fail(ctx, j, err, w.MaxAttempts)
			continue
		}
		_ = w.Queue.Complete(ctx, j.ID)
	}
	return ctx.Err()
}

// CaptureArgs is the job that captures a finished job's balance.
type CaptureArgs struct {
	BookingID  string `json:"booking_id"`
	FinalCents int64  `json:"final_cents"`
}
