package store

import (
	"context"
	"database/sql"
)

// Permit is a residential parking permit.
type Permit struct {
	ID        string
	Resident  string
	Plate     string
	Phone     string
	PaymentID string
	Status    string
}

// Permits stores residential permits.
type Permits struct {
	db *sql.DB
}

// NewPermits returns a permit store.
func NewPermits(db *sql.DB) *Permits { return &Permits{db: db} }

// Get loads a permit.
func (p *Permits) Get(ctx context.Context, id string) (*Permit, error) {
	var pm Permit
	err := p.db.QueryRowContext(ctx, `SELECT id, resident, plate, phone, coalesce(payment_id, ''), status
		FROM permits WHERE id = $1`, id).Scan(&pm.ID, &pm.Resident, &pm.Plate, &pm.Phone, &pm.PaymentID, &pm.Status)
	if err != nil {
		return nil, err
	}
	return &pm, nil
}

// MarkPaid activates a paid permit.
func (p *Permits) MarkPaid(ctx context.Context, id, paymentID string) error {
	_, err := p.db.ExecContext(ctx, `UPDATE permits SET status = 'active', payment_id = $2,
		valid_from = now(), valid_until = now() + interval '1 year' WHERE id = $1`, id, paymentID)
	return err
}
