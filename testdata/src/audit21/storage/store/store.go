// Package store holds the hand-written queries that the sqlc layer does not
// cover: batch selects for the billing runs, the ledger and webhook events.
package store

import (
	"context"
	"database/sql"
	"time"
)

// Store wraps the database/sql handle (pgx stdlib driver).
type Store struct {
	db *sql.DB
}

// New returns a store over db.
func New(db *sql.DB) *Store { return &Store{db: db} }

// DueInvoice is one line of a billing run.
type DueInvoice struct {
	ID          int64
	RentalID    int64
	TenantID    int64
	AmountPence int64
	Currency    string
	Method      string // card | bacs | becs | aupay
	Customer    string
	PaymentPM   string
	MandateID   string
	ProviderRef string
	Attempts    int
}

// Page is a generic page of results.
type Page[T any] struct {
	Items []T
	Next  int64
}

// Scan reads rows into a slice with fn.
func Scan[T any](rows *sql.Rows, fn func(*sql.Rows) (T, error)) ([]T, error) {
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := fn(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanDue(r *sql.Rows) (DueInvoice, error) {
	var d DueInvoice
	err := r.Scan(&d.ID, &d.RentalID, &d.TenantID, &d.AmountPence, &d.Currency, &d.Method,
		&d.Customer, &d.PaymentPM, &d.MandateID, &d.ProviderRef, &d.Attempts)
	return d, err
}

const dueSQL = `
SELECT i.id, i.rental_id, r.tenant_id, i.amount_pence, i.currency, r.payment_method,
       r.stripe_customer, r.stripe_pm, r.mandate_id, i.provider_ref, i.attempts
FROM invoices i JOIN rentals r ON r.id = i.rental_id
WHERE i.status = $1 AND i.due_on <= $2 AND r.payment_method = $3 AND i.id > $4
ORDER BY i.id LIMIT $5`

// DueInvoices pages through the invoices in status due by day for one method.
func (s *Store) DueInvoices(ctx context.Context, status string, day time.Time, method string, after int64, limit int) (Page[DueInvoice], error) {
	rows, err := s.db.QueryContext(ctx, dueSQL, status, day, method, after, limit)
	if err != nil {
		return Page[DueInvoice]{}, err
	}
	items, err := Scan(rows, scanDue)
	if err != nil {
		return Page[DueInvoice]{}, err
	}
	p := Page[DueInvoice]{Items: items}
	if len(items) == limit {
		p.Next = items[len(items)-1].ID
	}
	return p, nil
}

// ClaimInvoice moves an open invoice to 'collecting' so that a second
// runner skips it. It reports false when someone else has it.
func (s *Store) ClaimInvoice(ctx context.Context, id int64) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE invoices SET status = 'collecting', attempts = attempts + 1, updated_at = now()
		 WHERE id = $1 AND status = 'open'`, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// SetInvoiceStatus records the provider's answer on an invoice.
func (s *Store) SetInvoiceStatus(ctx context.Context, id int64, status, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE invoices SET status = $2, provider_ref = $3, updated_at = now() WHERE id = $1`, id, status, ref)
	return err
}

// MarkPaidByRef marks the invoice carrying a provider reference paid.
func (s *Store) MarkPaidByRef(ctx context.Context, ref string) (int64, error) {
	var rentalID int64
	err := s.db.QueryRowContext(ctx,
		`UPDATE invoices SET status = 'paid', updated_at = now() WHERE provider_ref = $1 RETURNING rental_id`, ref).Scan(&rentalID)
	return rentalID, err
}

// MarkFailedByRef marks the invoice carrying a provider reference failed.
func (s *Store) MarkFailedByRef(ctx context.Context, ref, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE invoices SET status = 'failed', last_error = $2, updated_at = now() WHERE provider_ref = $1`, ref, reason)
	return err
}

// RecordPayment appends a row to the tenant's ledger.
func (s *Store) RecordPayment(ctx context.Context, rentalID, amount int64, currency, source, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (rental_id, amount_pence, currency, source, provider_ref, created_at)
		 VALUES ($1, $2, $3, $4, $5, now())`, rentalID, amount, currency, source, ref)
	return err
}

// RecordPaymentForRef appends the ledger row for the invoice carrying ref.
func (s *Store) RecordPaymentForRef(ctx context.Context, ref, source string) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (rental_id, amount_pence, currency, source, provider_ref, created_at)
		 SELECT rental_id, amount_pence, currency, $2, provider_ref, now() FROM invoices WHERE provider_ref = $1`, ref, source)
	return err
}

// FirstDelivery records a webhook event id and reports whether this is the
// first time we have seen it.
func (s *Store) FirstDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO webhook_events (provider, event_id, received_at) VALUES ($1, $2, now())
		 ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// Activate marks a rental paid up and active (the legacy sites call it once
// the customer is back from the payment page).
func (s *Store) Activate(ctx context.Context, rentalID int64) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE rentals SET status = 'active', paid_through = now() + interval '1 month' WHERE id = $1`, rentalID)
	return err
}

// Overdue lists the rentals in arrears for more than days.
func (s *Store) Overdue(ctx context.Context, days int) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id FROM rentals WHERE status IN ('active','overdue') AND paid_through < now() - make_interval(days => $1)`, days)
	if err != nil {
		return nil, err
	}
	return Scan(rows, func(r *sql.Rows) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	})
}

// AddLateFee opens a late-fee invoice unless one is already open this cycle.
func (s *Store) AddLateFee(ctx context.Context, rentalID, pence int64) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO invoices (rental_id, kind, amount_pence, currency, status, due_on)
		 SELECT id, 'late_fee', $2, currency, 'open', now() FROM rentals WHERE id = $1
		 ON CONFLICT (rental_id, kind, cycle) DO NOTHING`, rentalID, pence)
	return err
}

// ExtendPaidThrough moves a rental's paid-through date on by months.
func (s *Store) ExtendPaidThrough(ctx context.Context, rentalID int64, months int) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE rentals SET paid_through = paid_through + make_interval(months => $2), status = 'active' WHERE id = $1`,
		rentalID, months)
	return err
}
