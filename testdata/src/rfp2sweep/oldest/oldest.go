// Package oldest settles open Square payments one row per tick: each
// pass asks the store for the oldest open row (database/sql, GORM, or a
// store port named for pending rows) and reads that row's payment once.
// Whatever the store picks is read: a sweep, one row at a time. Reading
// the row of an order the caller names, even among pending rows, reads
// one payment again and again: a poll.
package oldest

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm"

	"rfp2sweep/squarestate"
)

// Settler settles open rows.
type Settler struct {
	DB     *sql.DB
	Square *squarestate.Checker
}

// --- silent ---

// Run settles the oldest open row every ten seconds until ctx ends.
func (s *Settler) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
		s.next(ctx)
	}
}

func (s *Settler) next(ctx context.Context) {
	var id int64
	var ref string
	err := s.DB.QueryRowContext(ctx, `SELECT id, square_ref FROM payments WHERE state = 'open' ORDER BY created_at LIMIT 1`).Scan(&id, &ref)
	if err != nil {
		return
	}
	st, err := s.Square.State(ctx, ref)
	if err != nil || st == "PENDING" || st == "APPROVED" {
		return
	}
	_, _ = s.DB.ExecContext(ctx, `UPDATE payments SET state = $1 WHERE id = $2`, st, id)
}

// Charge is a row of the GORM ledger.
type Charge struct {
	ID        uint
	SquareRef string
	Status    string
}

// Queue is the store port of the hexagonal variant.
type Queue interface {
	NextPending(ctx context.Context) (*Charge, error)
}

// Worker settles through GORM or the port.
type Worker struct {
	DB     *gorm.DB
	Q      Queue
	Square *squarestate.Checker
}

// Loop settles the oldest pending GORM row, then the port's next one,
// every fifteen seconds until ctx ends.
func (w *Worker) Loop(ctx context.Context) {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.oldestCharge(ctx)
			w.fromPort(ctx)
		}
	}
}

func (w *Worker) oldestCharge(ctx context.Context) {
	var c Charge
	if err := w.DB.WithContext(ctx).Where("status = ?", "pending").First(&c).Error; err != nil {
		return
	}
	ref := c.SquareRef
	if st, err := w.Square.State(ctx, ref); err == nil && st != "PENDING" {
		w.DB.Model(&c).Update("status", st)
	}
}

func (w *Worker) fromPort(ctx context.Context) {
	c, err := w.Q.NextPending(ctx)
	if err != nil || c == nil {
		return
	}
	_, _ = w.Square.State(ctx, c.SquareRef)
}

// Direct settles the oldest open row in the loop itself.
func (s *Settler) Direct(ctx context.Context) {
	var ref string
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
		if s.DB.QueryRowContext(ctx, `SELECT square_ref FROM payments WHERE state = 'pending' LIMIT 1`).Scan(&ref) != nil {
			continue
		}
		_, _ = s.Square.State(ctx, ref)
	}
}

// --- flagged ---

// Track reads the row of one order, chosen before the loop, every ten
// seconds: the same payment each time.
func (s *Settler) Track(ctx context.Context, orderID int64) {
	for { // want `loop polling payment read by oldest.Settler.byOrder \(square Payments.Get\) has no exit on the payment's status`
		s.byOrder(ctx, orderID)
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
	}
}

func (s *Settler) byOrder(ctx context.Context, orderID int64) {
	var ref string
	if err := s.DB.QueryRowContext(ctx, `SELECT square_ref FROM payments WHERE order_id = $1`, orderID).Scan(&ref); err != nil {
		return
	}
	_, _ = s.Square.State(ctx, ref)
}

// TrackPending reads the pending row of the order the caller names.
func (s *Settler) TrackPending(ctx context.Context, orderID int64) {
	for { // want `loop polling payment read by oldest.Settler.pendingOf \(square Payments.Get\) has no exit on the payment's status`
		s.pendingOf(ctx, orderID)
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Second):
		}
	}
}

func (s *Settler) pendingOf(ctx context.Context, orderID int64) {
	var ref string
	q := `SELECT square_ref FROM payments WHERE order_id = $1 AND state = 'pending'`
	if err := s.DB.QueryRowContext(ctx, q, orderID).Scan(&ref); err != nil {
		return
	}
	_, _ = s.Square.State(ctx, ref)
}
