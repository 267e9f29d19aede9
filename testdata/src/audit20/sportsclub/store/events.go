package store

import (
	"context"
	"database/sql"
)

// Events records provider webhook deliveries and the money ledger, on
// plain database/sql.
type Events struct {
	db *sql.DB
}

// NewEvents wraps db.
func NewEvents(db *sql.DB) *Events { return &Events{db: db} }

// FirstDelivery records a provider event and answers true only the first
// time that event id is seen (unique key on provider, event_id).
func (s *Events) FirstDelivery(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.ExecContext(ctx, `INSERT IGNORE INTO webhook_events (provider, event_id, received_at) VALUES (?, ?, NOW())`, provider, eventID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// AddLedgerEntry books money received or refunded against a member.
func (s *Events) AddLedgerEntry(ctx context.Context, memberID int64, kind, ref string, cents int64, currency string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO ledger_entries (member_id, kind, ref, amount_cents, currency, created_at)
		VALUES (?, ?, ?, ?, ?, NOW())`, memberID, kind, ref, cents, currency)
	return err
}

// MemberEmail looks up where receipts go.
func (s *Events) MemberEmail(ctx context.Context, memberID int64) (string, error) {
	var email string
	err := s.db.QueryRowContext(ctx, `SELECT email FROM members WHERE id = ?`, memberID).Scan(&email)
	return email, err
}
