package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"audit12/fitness/domain"
)

// Invoices is the sqlx-backed domain.InvoiceStore.
type Invoices struct {
	db *sqlx.DB
}

func NewInvoices(db *sqlx.DB) *Invoices { return &Invoices{db: db} }

type invoiceRow struct {
	ID          string    `db:"id"`
	MemberID    string    `db:"member_id"`
	CompanyID   string    `db:"company_id"`
	AmountCents int64     `db:"amount_cents"`
	Currency    string    `db:"currency"`
	Status      string    `db:"status"`
	Provider    string    `db:"provider"`
	ProviderRef string    `db:"provider_ref"`
	Attempts    int       `db:"attempts"`
	NextAttempt time.Time `db:"next_attempt"`
}

func (r invoiceRow) toDomain() domain.Invoice {
	return domain.Invoice{
		ID: r.ID, MemberID: r.MemberID, CompanyID: r.CompanyID,
		AmountCents: r.AmountCents, Currency: r.Currency,
		Status: domain.InvoiceStatus(r.Status), Provider: r.Provider,
		ProviderRef: r.ProviderRef, Attempts: r.Attempts, NextAttempt: r.NextAttempt,
	}
}

func (s *Invoices) Get(ctx context.Context, id string) (*domain.Invoice, error) {
	var row invoiceRow
	if err := s.db.GetContext(ctx, &row, `SELECT * FROM invoices WHERE id = $1`, id); err != nil {
		return nil, err
	}
	inv := row.toDomain()
	return &inv, nil
}

func (s *Invoices) MarkPaid(ctx context.Context, id, providerRef string) error {
	_, err := s.db.NamedExecContext(ctx,
		`UPDATE invoices SET status = 'paid', provider_ref = :ref, paid_at = now() WHERE id = :id`,
		map[string]interface{}{"id": id, "ref": providerRef})
	return err
}

func (s *Invoices) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := s.db.NamedExecContext(ctx,
		`UPDATE invoices SET status = 'failed', failure_reason = :reason WHERE id = :id AND status <> 'paid'`,
		map[string]interface{}{"id": id, "reason": reason})
	return err
}

func (s *Invoices) DueForRetry(ctx context.Context, provider string, limit int) ([]domain.Invoice, error) {
	var rows []invoiceRow
	err := s.db.SelectContext(ctx, &rows,
		`SELECT * FROM invoices WHERE provider = $1 AND status = 'failed' AND attempts < 4
		   AND next_attempt <= now() ORDER BY next_attempt LIMIT $2`, provider, limit)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Invoice, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toDomain())
	}
	return out, nil
}

func (s *Invoices) ScheduleRetry(ctx context.Context, id string, at time.Time) error {
	_, err := s.db.NamedExecContext(ctx,
		`UPDATE invoices SET attempts = attempts + 1, next_attempt = :at WHERE id = :id`,
		map[string]interface{}{"id": id, "at": at})
	return err
}

// RecordDelivery inserts a webhook delivery row; it reports false when the
// delivery id is already there.
func (s *Invoices) RecordDelivery(ctx context.Context, provider, deliveryID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO webhook_deliveries (provider, delivery_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
		provider, deliveryID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// OpenCorporate lists corporate invoices that have no payment order yet.
func (s *Invoices) OpenCorporate(ctx context.Context, limit int) ([]domain.Invoice, error) {
	var rows []invoiceRow
	err := s.db.SelectContext(ctx, &rows,
		`UPDATE invoices SET status = 'pending' WHERE id IN (
		   SELECT id FROM invoices WHERE company_id <> '' AND status = 'open' LIMIT $1 FOR UPDATE SKIP LOCKED)
		 RETURNING *`, limit)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Invoice, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.toDomain())
	}
	return out, nil
}
