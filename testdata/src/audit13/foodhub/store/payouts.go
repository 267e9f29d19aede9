package store

import (
	"context"
	"database/sql"

	"audit13/foodhub/domain"
)

// Payouts keeps courier payouts in Postgres through database/sql.
type Payouts struct {
	db *sql.DB
}

// NewPayouts returns a payout store.
func NewPayouts(db *sql.DB) *Payouts { return &Payouts{db: db} }

// Pending lists payouts that were sent but not yet confirmed by the bank.
func (p *Payouts) Pending(ctx context.Context, limit int) ([]domain.Payout, error) {
	rows, err := p.db.QueryContext(ctx,
		`SELECT id, courier_id, iban, amount_minor, currency, reference, status
		   FROM courier_payouts WHERE status = 'sent' ORDER BY created_at LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Payout
	for rows.Next() {
		var po domain.Payout
		if err := rows.Scan(&po.ID, &po.CourierID, &po.IBAN, &po.AmountMinor, &po.Currency, &po.Reference, &po.Status); err != nil {
			return nil, err
		}
		out = append(out, po)
	}
	return out, rows.Err()
}

// Due lists courier payouts that should be sent this cycle.
func (p *Payouts) Due(ctx context.Context) ([]domain.Payout, error) {
	rows, err := p.db.QueryContext(ctx,
		`SELECT id, courier_id, iban, amount_minor, currency, reference, status
		   FROM courier_payouts WHERE status = 'due'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Payout
	for rows.Next() {
		var po domain.Payout
		if err := rows.Scan(&po.ID, &po.CourierID, &po.IBAN, &po.AmountMinor, &po.Currency, &po.Reference, &po.Status); err != nil {
			return nil, err
		}
		out = append(out, po)
	}
	return out, rows.Err()
}

// SetStatus updates a payout's status.
func (p *Payouts) SetStatus(ctx context.Context, id, status string) error {
	_, err := p.db.ExecContext(ctx, `UPDATE courier_payouts SET status = $2 WHERE id = $1`, id, status)
	return err
}
