package main

import (
	"context"
	"fmt"
	"net/smtp"

	"github.com/jmoiron/sqlx"

	"audit10/carrental/domain"
	"audit10/carrental/fleetpayout"
)

// sqlStores implements the stores of returns, fleetpayout and webhooks.
type sqlStores struct{ db *sqlx.DB }

func (s *sqlStores) Rental(ctx context.Context, id string) (*domain.Rental, error) {
	var r domain.Rental
	err := s.db.GetContext(ctx, &r, `SELECT * FROM rentals WHERE id = $1`, id)
	if err != nil {
		return nil, fmt.Errorf("rental %s: %w", id, err)
	}
	return &r, nil
}

func (s *sqlStores) CloseRental(ctx context.Context, id string, odometerKm, fuelPct int) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE rentals SET status = 'closed', odometer_in = $2, fuel_in = $3 WHERE id = $1`, id, odometerKm, fuelPct)
	return err
}

func (s *sqlStores) Unpaid(ctx context.Context) ([]fleetpayout.Statement, error) {
	var out []fleetpayout.Statement
	err := s.db.SelectContext(ctx, &out,
		`SELECT id, partner_account, amount_cents, currency FROM partner_statements WHERE state = 'unpaid'`)
	return out, err
}

func (s *sqlStores) MarkPaid(ctx context.Context, statementID, payoutID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE partner_statements SET state = 'paid', payout_id = $2 WHERE id = $1`, statementID, payoutID)
	return err
}

func (s *sqlStores) MarkFailed(ctx context.Context, statementID, reason string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE partner_statements SET state = 'failed', failure = $2 WHERE id = $1`, statementID, reason)
	return err
}

func (s *sqlStores) MarkPayoutPaid(ctx context.Context, payoutID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE partner_statements SET state = 'paid' WHERE payout_id = $1`, payoutID)
	return err
}

func (s *sqlStores) MarkPayoutFailed(ctx context.Context, payoutID, status string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE partner_statements SET state = 'failed', failure = $2 WHERE payout_id = $1`, payoutID, status)
	return err
}

func (s *sqlStores) MarkChargePaid(ctx context.Context, ref, paymentIntentID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE charges SET status = 'paid', payment_intent = $2 WHERE ref = $1`, ref, paymentIntentID)
	return err
}

func (s *sqlStores) MarkChargeFailed(ctx context.Context, ref, reason string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE charges SET status = 'failed', failure = $2 WHERE ref = $1`, ref, reason)
	return err
}

func (s *sqlStores) ConfirmOneWay(ctx context.Context, rentalID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE rentals SET oneway_fee_paid = true WHERE id = $1`, rentalID)
	return err
}

// smtpMailer sends receipts through the relay.
type smtpMailer struct {
	host string
	from string
}

func (m *smtpMailer) SendReceipt(ctx context.Context, to, subject, body string) error {
	msg := []byte("To: " + to + "\r\nSubject: " + subject + "\r\n\r\n" + body + "\r\n")
	return smtp.SendMail(m.host, nil, m.from, []string{to}, msg)
}
