// Package wallet keeps the travel card balances.
package wallet

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/hibiken/asynq"
	"gorm.io/gorm"
)

// Card is a card holder's balance row.
type Card struct {
	Holder  string
	Balance int64
}

// Cards raises balances with gorm.
type Cards struct{ db *gorm.DB }

// NewCards returns the gorm store.
func NewCards(db *gorm.DB) *Cards { return &Cards{db: db} }

// Load adds cents to the holder's balance.
func (c *Cards) Load(ctx context.Context, holder string, cents int64) error {
	return c.db.WithContext(ctx).Model(&Card{}).Where("holder = ?", holder).
		UpdateColumn("balance", gorm.Expr("balance + ?", cents)).Error
}

// Queued hands top-ups to a worker that applies them once per reference.
type Queued struct{ q *asynq.Client }

// NewQueued returns the queueing store.
func NewQueued(q *asynq.Client) *Queued { return &Queued{q: q} }

// Load enqueues the top-up.
func (s *Queued) Load(ctx context.Context, holder string, cents int64) error {
	payload, _ := json.Marshal(map[string]any{"holder": holder, "cents": cents})
	_, err := s.q.EnqueueContext(ctx, asynq.NewTask("wallet:topup", payload))
	return err
}

// Journal applies each event once: the event id is inserted first and the
// balance raised only when the insert took.
type Journal struct{ db *sql.DB }

// NewJournal returns the journal.
func NewJournal(db *sql.DB) *Journal { return &Journal{db: db} }

// Apply records the event, then raises the balance once.
func (j *Journal) Apply(ctx context.Context, eventID, holder string, cents int64) error {
	tx, err := j.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `INSERT INTO applied_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING`, eventID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE cards SET balance = balance + $1 WHERE holder = $2`, cents, holder); err != nil {
		return err
	}
	return tx.Commit()
}
