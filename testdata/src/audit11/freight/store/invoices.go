// Package store is the persistence layer: invoices in Postgres (pgx), loads
// through sqlx, event claims in Redis and the ledger through GORM.
package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit11/freight/domain"
)

// Invoices is the pgx-backed invoice repository.
type Invoices struct {
	pool *pgxpool.Pool
}

// NewInvoices returns a repository over pool.
func NewInvoices(pool *pgxpool.Pool) *Invoices { return &Invoices{pool: pool} }

var _ domain.InvoiceStore = (*Invoices)(nil)

const invoiceCols = `id, number, shipper_id, billing_email, amount_cents, currency, status, provider_ref, due_at`

func (s *Invoices) scan(row interface{ Scan(...any) error }) (*domain.Invoice, error) {
	var inv domain.Invoice
	var st string
	if err := row.Scan(&inv.ID, &inv.Number, &inv.ShipperID, &inv.BillingEmail, &inv.AmountCents, &inv.Currency, &st, &inv.ProviderRef, &inv.DueAt); err != nil {
		return nil, fmt.Errorf("scan invoice: %w", err)
	}
	inv.Status = domain.InvoiceStatus(st)
	return &inv, nil
}

// Get loads one invoice by id.
func (s *Invoices) Get(ctx context.Context, id string) (*domain.Invoice, error) {
	return s.scan(s.pool.QueryRow(ctx, `SELECT `+invoiceCols+` FROM invoices WHERE id = $1`, id))
}

// ByNumber loads one invoice by its printed number.
func (s *Invoices) ByNumber(ctx context.Context, number string) (*domain.Invoice, error) {
	return s.scan(s.pool.QueryRow(ctx, `SELECT `+invoiceCols+` FROM invoices WHERE number = $1`, number))
}

// MarkPaid settles an invoice. Paying a paid invoice again changes nothing.
func (s *Invoices) MarkPaid(ctx context.Context, id, providerRef string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE invoices SET status = 'paid', provider_ref = $2, paid_at = now() WHERE id = $1`, id, providerRef)
	return err
}

// SetStatus moves an invoice to st.
func (s *Invoices) SetStatus(ctx context.Context, id string, st domain.InvoiceStatus) error {
	tag, err := s.pool.Exec(ctx, `UPDATE invoices SET status = $2 WHERE id = $1`, id, string(st))
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return domain.ErrNotFound
	}
	return nil
}

// AttachProviderRef remembers the provider's payment id for an invoice.
func (s *Invoices) AttachProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.pool.Exec(ctx, `UPDATE invoices SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

// CreditShipper adds prepaid credit to a shipper account.
func (s *Invoices) CreditShipper(ctx context.Context, shipperID string, cents int64) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE shipper_accounts SET credit_cents = credit_cents + $2 WHERE shipper_id = $1`, shipperID, cents)
	return err
}

// RecordProviderPayment stores a settled provider payment once per
// provider reference; it reports false when the row already existed.
func (s *Invoices) RecordProviderPayment(ctx context.Context, ev domain.PaymentEvent) (bool, error) {
	tag, err := s.pool.Exec(ctx,
		`INSERT INTO provider_payments (provider, payment_ref, invoice_id, amount_cents, status)
		 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (provider, payment_ref) DO NOTHING`,
		ev.Provider, ev.PaymentRef, ev.InvoiceID, ev.AmountCent, ev.Status)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}
