package platform

import (
	"context"
	"log/slog"
	"time"
)

// Runner runs a periodic job over a batch of items: every tick it loads
// what is due and hands each item to the handler. A failed item is
// logged and picked up again on the next tick.
type Runner[T any] struct {
	name   string
	every  time.Duration
	load   func(ctx context.Context) ([]T, error)
	handle func(ctx context.Context, item T) error
	log    *slog.Logger
}

// RunnerOption configures a Runner.
type RunnerOption[T any] func(*Runner[T])

// Every sets the tick.
func Every[T any](d time.Duration) RunnerOption[T] {
	return func(r *Runner[T]) { r.every = d }
}

// WithLogger sets the logger.
func WithLogger[T any](l *slog.Logger) RunnerOption[T] {
	return func(r *Runner[T]) { r.log = l }
}

// NewRunner builds a Runner.
func NewRunner[T any](name string, load func(context.Context) ([]T, error), handle func(context.Context, T) error, opts ...RunnerOption[T]) *Runner[T] {
	r := &Runner[T]{name: name, every: time.Minute, load: load, handle: handle, log: slog.Default()}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Run blocks until ctx is done.
func (r *Runner[T]) Run(ctx context.Context) error {
	t := time.NewTicker(r.every)
	defer t.Stop()
	for {
		r.once(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

func (r *Runner[T]) once(ctx context.Context) {
	items, err := r.load(ctx)
	if err != nil {
		r.log.Error("job load failed", "job", r.name, "err", err)
		return
	}
	for _, it := range items {
		if err := r.handle(ctx, it); err != nil {
			r.log.Warn("job item failed", "job", r.name, "err", err)
		}
	}
}
