// Package store persists orders, payouts and ledger rows.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/jmoiron/sqlx"
)

const (
	StatusPending  = "pending"
	StatusPaid     = "paid"
	StatusRejected = "rejected"
	StatusRefunded = "refunded"
)

type Order struct {
	ID             string    `db:"id"`
	PatientID      string    `db:"patient_id"`
	PrescriptionID string    `db:"prescription_id"`
	Country        string    `db:"country"`
	Currency       string    `db:"currency"`
	AmountMinor    int64     `db:"amount_minor"`
	CopayMinor     int64     `db:"copay_minor"`
	Provider       string    `db:"provider"`
	ProviderRef    string    `db:"provider_ref"`
	PartnerID      string    `db:"partner_id"`
	Status         string    `db:"status"`
	CreatedAt      time.Time `db:"created_at"`
}

type Orders struct {
	db *sqlx.DB
}

func NewOrders(db *sqlx.DB) *Orders { return &Orders{db: db} }

func (s *Orders) Get(ctx context.Context, id string) (*Order, error) {
	var o Order
	err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return &o, err
}

func (s *Orders) ByProviderRef(ctx context.Context, provider, ref string) (*Order, error) {
	var o Order
	err := s.db.GetContext(ctx, &o, `SELECT * FROM orders WHERE provider = $1 AND provider_ref = $2`, provider, ref)
	return &o, err
}

func (s *Orders) SetProviderRef(ctx context.Context, id, provider, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET provider = $2, provider_ref = $3 WHERE id = $1`, id, provider, ref)
	return err
}

func (s *Orders) MarkPaid(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = 'paid', provider_ref = $2, paid_at = now() WHERE id = $1`, id, ref)
	return err
}

func (s *Orders) SetStatus(ctx context.Context, id, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE orders SET status = $2 WHERE id = $1`, id, status)
	return err
}

func (s *Orders) Pending(ctx context.Context, provider string, olderThan time.Duration) ([]Order, error) {
	var out []Order
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM orders WHERE provider = $1 AND status = 'pending' AND created_at < $2 ORDER BY created_at LIMIT 200`,
		provider, time.Now().Add(-olderThan))
	return out, err
}
