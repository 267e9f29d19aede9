package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// Members persists memberships, day passes and invoices with pgx.
type Members struct {
	pool *pgxpool.Pool
}

// NewMembers returns a membership store.
func NewMembers(pool *pgxpool.Pool) *Members { return &Members{pool: pool} }

// Membership loads a membership by id.
func (s *Members) Membership(ctx context.Context, id string) (*Membership, error) {
	var m Membership
	err := s.pool.QueryRow(ctx,
		`SELECT id, member_id, plan, mandate_id, price_cents, status, paid_through, referred_by
		   FROM memberships WHERE id = $1`, id).
		Scan(&m.ID, &m.MemberID, &m.Plan, &m.MandateID, &m.PriceCents, &m.Status, &m.PaidThrough, &m.ReferredBy)
	return &m, err
}

// MembershipByPayment finds the membership a GoCardless payment belongs to.
func (s *Members) MembershipByPayment(ctx context.Context, paymentID string) (*Membership, error) {
	var id string
	if err := s.pool.QueryRow(ctx,
		`SELECT membership_id FROM membership_payments WHERE gc_payment_id = $1`, paymentID).Scan(&id); err != nil {
		return nil, err
	}
	return s.Membership(ctx, id)
}

// RecordPayment links a GoCardless payment to a membership period.
func (s *Members) RecordPayment(ctx context.Context, membershipID, period, paymentID string) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO membership_payments (membership_id, period, gc_payment_id)
		 VALUES ($1, $2, $3) ON CONFLICT (membership_id, period) DO NOTHING`,
		membershipID, period, paymentID)
	return err
}

// SetPaidThrough stores a membership's new coverage end.
func (s *Members) SetPaidThrough(ctx context.Context, id string, t time.Time) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE memberships SET paid_through = $2, status = 'active' WHERE id = $1`, id, t)
	return err
}

// SetStatus sets a membership's status.
func (s *Members) SetStatus(ctx context.Context, id, status string) error {
	_, err := s.pool.Exec(ctx, `UPDATE memberships SET status = $2 WHERE id = $1`, id, status)
	return err
}

// PassByOrder loads a day pass by its PayPal order id.
func (s *Members) PassByOrder(ctx context.Context, orderID string) (*DayPass, error) {
	var p DayPass
	err := s.pool.QueryRow(ctx,
		`SELECT id, email, referrer_id, paypal_order_id, day, status FROM day_passes WHERE paypal_order_id = $1`,
		orderID).Scan(&p.ID, &p.Email, &p.ReferrerID, &p.PayPalOrderID, &p.Day, &p.Status)
	return &p, err
}

// ActivatePass marks a day pass paid so the door accepts its QR code.
func (s *Members) ActivatePass(ctx context.Context, orderID string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE day_passes SET status = 'paid' WHERE paypal_order_id = $1`, orderID)
	return err
}

// Invoice loads a corporate invoice.
func (s *Members) Invoice(ctx context.Context, number string) (*CorporateInvoice, error) {
	var inv CorporateInvoice
	err := s.pool.QueryRow(ctx,
		`SELECT number, company_id, iban, amount_cents, currency, transfer_id, status FROM corporate_invoices WHERE number = $1`,
		number).Scan(&inv.Number, &inv.CompanyID, &inv.IBAN, &inv.AmountCents, &inv.Currency, &inv.TransferID, &inv.Status)
	return &inv, err
}

// SetInvoiceTransfer stores the bank transfer and state of an invoice.
func (s *Members) SetInvoiceTransfer(ctx context.Context, number, transferID, status string) error {
	_, err := s.pool.Exec(ctx,
		`UPDATE corporate_invoices SET transfer_id = $2, status = $3 WHERE number = $1`,
		number, transferID, status)
	return err
}

// EnqueueJob writes a job row for the background mailer.
func (s *Members) EnqueueJob(ctx context.Context, kind, ref string) error {
	_, err := s.pool.Exec(ctx,
		`INSERT INTO jobs (kind, ref, run_at) VALUES ($1, $2, now())`, kind, ref)
	return err
}
