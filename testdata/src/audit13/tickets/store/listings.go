package store

import (
	"context"
	"database/sql"

	"github.com/uptrace/bun"

	"audit13/tickets/domain"
)

// Listings is the bun-backed resale listing table.
type Listings struct {
	db  *bun.DB
	sql *sql.DB
}

// NewListings wraps a bun handle and the raw pool it sits on.
func NewListings(db *bun.DB, raw *sql.DB) *Listings { return &Listings{db: db, sql: raw} }

// DueForPayout lists sold listings whose seller has not been paid.
func (s *Listings) DueForPayout(ctx context.Context, limit int) ([]domain.Listing, error) {
	rows, err := s.sql.QueryContext(ctx, `SELECT l.id, s.stripe_account, l.net_minor, l.currency
		FROM listings l JOIN sellers s ON s.id = l.seller_id
		WHERE l.sold_at IS NOT NULL AND l.transfer_id IS NULL ORDER BY l.sold_at LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Listing
	for rows.Next() {
		var l domain.Listing
		if err := rows.Scan(&l.ID, &l.SellerAccount, &l.NetMinor, &l.Currency); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// SetTransfer stores the Connect transfer made for a listing.
func (s *Listings) SetTransfer(ctx context.Context, id int64, transferID string) error {
	_, err := s.db.NewUpdate().Table("listings").Set("transfer_id = ?", transferID).Where("id = ?", id).Exec(ctx)
	return err
}

// SetPayoutStatus records the state of a seller payout.
func (s *Listings) SetPayoutStatus(ctx context.Context, payoutID, status string) error {
	_, err := s.db.NewUpdate().Table("listings").Set("payout_status = ?", status).Where("payout_id = ?", payoutID).Exec(ctx)
	return err
}

// ClaimEvent records a provider event id; it reports false when the
// event was already recorded.
func (s *Listings) ClaimEvent(ctx context.Context, provider, eventID string) (bool, error) {
	res, err := s.db.NewInsert().Table("webhook_events").
		Value("provider", "?", provider).Value("event_id", "?", eventID).
		On("CONFLICT (provider, event_id) DO NOTHING").Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}
