// Package jobs is the club's small job queue: rows in a postgres table,
// claimed with SKIP LOCKED, retried with a growing delay.
package jobs

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"audit23/wineclub/platform"
)

// Job is one row of the jobs table.
type Job struct {
	ID       int64
	Kind     string
	Payload  json.RawMessage
	Attempts int
}

// Handler runs one job; an error makes the job run again later.
type Handler func(ctx context.Context, j Job) error

type Queue struct {
	db          *sql.DB
	handlers    map[string]Handler
	maxAttempts int
	poll        time.Duration
	batch       int
	log         *slog.Logger
}

type Option func(*Queue)

func WithPoll(d time.Duration) Option { return func(q *Queue) { q.poll = d } }
func WithBatch(n int) Option          { return func(q *Queue) { q.batch = n } }
func WithMaxAttempts(n int) Option    { return func(q *Queue) { q.maxAttempts = n } }

func New(db *sql.DB, opts ...Option) *Queue {
	q := &Queue{db: db, handlers: map[string]Handler{}, maxAttempts: 8, poll: 5 * time.Second, batch: 10, log: platform.Logger("jobs")}
	for _, o := range opts {
		o(q)
	}
	return q
}

func (q *Queue) Register(kind string, h Handler) { q.handlers[kind] = h }

// Enqueue adds a job to run as soon as a worker is free.
func (q *Queue) Enqueue(ctx context.Context, kind string, payload any) error {
	data, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	_, err = q.db.ExecContext(ctx, `INSERT INTO jobs (kind, payload, state, run_at) VALUES ($1, $2, 'available', now())`, kind, data)
	return err
}

// Run works the queue until ctx ends.
func (q *Queue) Run(ctx context.Context) error {
	t := time.NewTicker(q.poll)
	defer t.Stop()
	for {
		if err := q.work(ctx); err != nil {
			q.log.Error("work", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

func (q *Queue) work(ctx context.Context) error {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `
		SELECT id, kind, payload, attempts FROM jobs
		 WHERE state = 'available' AND run_at <= now()
		 ORDER BY run_at
		 LIMIT $1
		 FOR UPDATE SKIP LOCKED`, q.batch)
	if err != nil {
		return err
	}
	var claimed []Job
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.ID, &j.Kind, &j.Payload, &j.Attempts); err != nil {
			rows.Close()
			return err
		}
		claimed = append(claimed, j)
	}
	rows.Close()
	for _, j := range claimed {
		h, ok := q.handlers[j.Kind]
		if !ok {
			q.finish(ctx, tx, j, fmt.Errorf("no handler for %q", j.Kind))
			continue
		}
		q.finish(ctx, tx, j, h(ctx, j))
	}
	return tx.Commit()
}

func (q *Queue) finish(ctx context.Context, tx *sql.Tx, j Job, err error) {
	if err == nil {
		_, _ = tx.ExecContext(ctx, `UPDATE jobs SET state = 'completed', finished_at = now() WHERE id = $1`, j.ID)
		return
	}
	q.log.Warn("job failed", "id", j.ID, "kind", j.Kind, "attempt", j.Attempts+1, "err", err)
	if j.Attempts+1 >= q.maxAttempts {
		_, _ = tx.ExecContext(ctx, `UPDATE jobs SET state = 'discarded', attempts = attempts + 1, last_error = $2 WHERE id = $1`, j.ID, err.Error())
		return
	}
	delay := time.Duration(1<<j.Attempts) * time.Minute
	_, _ = tx.ExecContext(ctx, `UPDATE jobs SET attempts = attempts + 1, run_at = now() + $2 * interval '1 second', last_error = $3 WHERE id = $1`,
		j.ID, int64(delay/time.Second), err.Error())
}
