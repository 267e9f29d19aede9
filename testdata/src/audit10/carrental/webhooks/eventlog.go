package webhooks

import (
	"context"
	"encoding/json"

	"github.com/jmoiron/sqlx"
)

// SQLEventLog records processed provider events in Postgres.
type SQLEventLog struct{ db *sqlx.DB }

// NewSQLEventLog returns an EventLog on db.
func NewSQLEventLog(db *sqlx.DB) *SQLEventLog { return &SQLEventLog{db: db} }

// Record inserts the event id; a repeat inserts nothing.
func (l *SQLEventLog) Record(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := l.db.ExecContext(ctx,
		`INSERT INTO webhook_events (provider, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Outbox enqueues jobs in the same database; a worker drains it.
type Outbox struct{ db *sqlx.DB }

// NewOutbox returns an Outbox on db.
func NewOutbox(db *sqlx.DB) *Outbox { return &Outbox{db: db} }

// Enqueue stores a job.
func (o *Outbox) Enqueue(ctx context.Context, kind string, payload any) error {
	b, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	_, err = o.db.ExecContext(ctx, `INSERT INTO outbox (kind, payload) VALUES ($1, $2)`, kind, b)
	return err
}
