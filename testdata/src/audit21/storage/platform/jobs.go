package platform

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Job is a unit of background work.
type Job struct {
	Name string
	Run  func(ctx context.Context) error
}

// Runner is a small in-process job queue: Enqueue never blocks the caller
// for long, and jobs run on a fixed set of workers. A failed job is logged
// and dropped; jobs that must not be lost write their own outbox row.
type Runner struct {
	log     *slog.Logger
	queue   chan Job
	workers int
	wg      sync.WaitGroup
}

// RunnerOption configures a Runner.
type RunnerOption func(*Runner)

// WithWorkers sets the number of workers.
func WithWorkers(n int) RunnerOption { return func(r *Runner) { r.workers = n } }

// WithQueueSize sets the queue's capacity.
func WithQueueSize(n int) RunnerOption { return func(r *Runner) { r.queue = make(chan Job, n) } }

// NewRunner makes a runner; call Start to begin.
func NewRunner(log *slog.Logger, opts ...RunnerOption) *Runner {
	r := &Runner{log: log, queue: make(chan Job, 256), workers: 4}
	for _, o := range opts {
		o(r)
	}
	return r
}

// Enqueue adds a job.
func (r *Runner) Enqueue(j Job) {
	select {
	case r.queue <- j:
	case <-time.After(100 * time.Millisecond):
		r.log.Error("job queue full, dropping", "job", j.Name)
	}
}

// Start runs the workers until ctx ends.
func (r *Runner) Start(ctx context.Context) {
	for i := 0; i < r.workers; i++ {
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case j := <-r.queue:
					if err := j.Run(ctx); err != nil {
						r.log.Error("job failed", "job", j.Name, "err", err)
					}
				}
			}
		}()
	}
}

// Wait blocks until all workers have stopped.
func (r *Runner) Wait() { r.wg.Wait() }
