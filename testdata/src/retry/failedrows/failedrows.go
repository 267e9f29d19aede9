// Package failedrows: workers that select the failed rows with an
// attempt cap on every pass try each again: a retry whose attempts are
// the passes. A report over failed rows, a query for the rows past the
// cap, or a claim before the send are not.
package failedrows

import (
	"context"
	"database/sql"
	"time"
)

func send(ctx context.Context, id int64, amount int) error { return nil }

type Sweeper struct{ db *sql.DB }

// Run sweeps every five minutes.
func (s *Sweeper) Run(ctx context.Context) {
	for ctx.Err() == nil {
		s.sweep(ctx)
		s.report(ctx)
		s.lapse(ctx)
		s.claimFirst(ctx)
		time.Sleep(5 * time.Minute)
	}
}

func (s *Sweeper) sweep(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM payouts WHERE payout_state = 'error' AND retry_count <= 4`)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var amount int
		if rows.Scan(&id, &amount) != nil {
			continue
		}
		if send(ctx, id, amount) != nil { // want `send: a worker loop that re-selects pending rows \(line 19\)`
			continue
		}
		s.db.ExecContext(ctx, `UPDATE payouts SET payout_state = 'sent', retry_count = retry_count + 1 WHERE id = $1`, id)
	}
}

// report lists failed rows with no cap: not a retry.
func (s *Sweeper) report(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM payouts WHERE payout_state = 'error'`)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var amount int
		if rows.Scan(&id, &amount) == nil {
			send(ctx, id, amount)
		}
	}
}

// lapse takes the rows past the cap: not a retry.
func (s *Sweeper) lapse(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM payouts WHERE payout_state = 'error' AND retry_count >= 5`)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var amount int
		if rows.Scan(&id, &amount) == nil {
			send(ctx, id, amount)
		}
	}
}

// claimFirst gives each row another status before sending: the next
// pass no longer selects it.
func (s *Sweeper) claimFirst(ctx context.Context) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, amount FROM payouts WHERE payout_state = 'failed' AND attempts < 3`)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var amount int
		if rows.Scan(&id, &amount) != nil {
			continue
		}
		s.db.ExecContext(ctx, `UPDATE payouts SET payout_state = 'submitted' WHERE id = $1`, id)
		send(ctx, id, amount)
	}
}
