// Package queue is a small job queue over a postgres table: jobs are
// claimed with SKIP LOCKED and handed to the handler registered for
// their kind; a failed job is scheduled again with a growing delay.
package queue

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log"
	"time"
)

// Job is one row of the jobs table.
type Job struct {
	ID       int64
	Kind     string
	Payload  json.RawMessage
	Attempts int
}

// Handler runs one job.
type Handler func(ctx context.Context, j Job) error

// Queue runs the jobs of the jobs table.
type Queue struct {
	db       *sql.DB
	handlers map[string]Handler
}

func New(db *sql.DB) *Queue { return &Queue{db: db, handlers: map[string]Handler{}} }

// Register sets the handler of a kind of job.
func (q *Queue) Register(kind string, h Handler) { q.handlers[kind] = h }

// Work runs the jobs that are due, once.
func (q *Queue) Work(ctx context.Context) error {
	tx, err := q.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, payload, attempts FROM jobs
		WHERE state = 'available' AND run_at <= now() ORDER BY run_at LIMIT 10 FOR UPDATE SKIP LOCKED`)
	if err != nil {
		return err
	}
	var due []Job
	for rows.Next() {
		var j Job
		if err := rows.Scan(&j.ID, &j.Kind, &j.Payload, &j.Attempts); err != nil {
			rows.Close()
			return err
		}
		due = append(due, j)
	}
	rows.Close()
	for _, j := range due {
		h, ok := q.handlers[j.Kind]
		if !ok {
			continue
		}
		q.finish(ctx, tx, j, h(ctx, j))
	}
	return tx.Commit()
}

func (q *Queue) finish(ctx context.Context, tx *sql.Tx, j Job, err error) {
	if err == nil {
		_, _ = tx.ExecContext(ctx, `UPDATE jobs SET state = 'completed' WHERE id = $1`, j.ID)
		return
	}
	log.Printf("job %d (%s) failed: %v", j.ID, j.Kind, err)
	if j.Attempts+1 >= 8 {
		_, _ = tx.ExecContext(ctx, `UPDATE jobs SET state = 'discarded', attempts = attempts + 1 WHERE id = $1`, j.ID)
		return
	}
	delay := time.Duration(1<<j.Attempts) * time.Minute
	_, _ = tx.ExecContext(ctx, `UPDATE jobs SET attempts = attempts + 1, run_at = now() + $2 * interval '1 second' WHERE id = $1`,
		j.ID, int64(delay/time.Second))
}

// Worker runs one handler over the jobs of its topic; a failed job goes
// back to 'queued' for the next poll.
type Worker struct {
	db     *sql.DB
	topic  string
	handle func(ctx context.Context, payload []byte) error
}

// NewWorker builds a worker for topic running handle.
func NewWorker(db *sql.DB, topic string, handle func(ctx context.Context, payload []byte) error) *Worker {
	return &Worker{db: db, topic: topic, handle: handle}
}

// Poll claims one job of the topic and runs it.
func (w *Worker) Poll(ctx context.Context) error {
	var id int64
	var payload []byte
	err := w.db.QueryRowContext(ctx, `UPDATE jobs SET state = 'running' WHERE id = (
		SELECT id FROM jobs WHERE topic = $1 AND state = 'queued' LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, payload`, w.topic).Scan(&id, &payload)
	if err != nil {
		return err
	}
	if err := w.handle(ctx, payload); err != nil {
		_, _ = w.db.ExecContext(ctx, `UPDATE jobs SET state = 'queued', attempts = attempts + 1 WHERE id = $1`, id)
		return err
	}
	_, err = w.db.ExecContext(ctx, `UPDATE jobs SET state = 'done' WHERE id = $1`, id)
	return err
}

// OneShot runs each job once: a failed job is marked dead for an
// operator and never runs again.
type OneShot struct {
	db       *sql.DB
	handlers map[string]Handler
}

func NewOneShot(db *sql.DB) *OneShot { return &OneShot{db: db, handlers: map[string]Handler{}} }

// Handle sets the handler of a kind of job.
func (o *OneShot) Handle(kind string, h Handler) { o.handlers[kind] = h }

// Run runs one claimed job.
func (o *OneShot) Run(ctx context.Context, j Job) {
	h := o.handlers[j.Kind]
	if h == nil {
		return
	}
	if err := h(ctx, j); err != nil {
		_, _ = o.db.ExecContext(ctx, `UPDATE jobs SET state = 'dead', last_error = $2 WHERE id = $1`, j.ID, err.Error())
		return
	}
	_, _ = o.db.ExecContext(ctx, `UPDATE jobs SET state = 'done' WHERE id = $1`, j.ID)
}

// Dispatcher runs jobs through process, which hands back the handler's
// error; a failed job is tried again five minutes later.
type Dispatcher struct {
	db     *sql.DB
	routes map[string]Handler
}

func NewDispatcher(db *sql.DB) *Dispatcher { return &Dispatcher{db: db, routes: map[string]Handler{}} }

// On sets the handler of a kind of job.
func (d *Dispatcher) On(kind string, h Handler) { d.routes[kind] = h }

func (d *Dispatcher) process(ctx context.Context, j Job) error {
	h, ok := d.routes[j.Kind]
	if !ok {
		return fmt.Errorf("no route for %q", j.Kind)
	}
	return h(ctx, j)
}

// Drain runs the jobs it is handed.
func (d *Dispatcher) Drain(ctx context.Context, jobs []Job) {
	for _, j := range jobs {
		if err := d.process(ctx, j); err != nil {
			_, _ = d.db.ExecContext(ctx, `UPDATE jobs SET status = 'retry', next_attempt_at = now() + interval '5 minutes' WHERE id = $1`, j.ID)
			continue
		}
		_, _ = d.db.ExecContext(ctx, `UPDATE jobs SET status = 'done' WHERE id = $1`, j.ID)
	}
}
