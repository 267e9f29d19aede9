package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/uptrace/bun"
)

// Royalties is the bun-backed ledger of what creators are owed.
type Royalties struct {
	db *bun.DB
	q  func(ctx context.Context, dest *[]Royalty, where string, args ...any) error
}

// NewRoyalties returns a royalty ledger. query runs a select into dest.
func NewRoyalties(db *bun.DB, query func(ctx context.Context, dest *[]Royalty, where string, args ...any) error) *Royalties {
	return &Royalties{db: db, q: query}
}

// Add records one royalty row owed to a creator.
func (s *Royalties) Add(ctx context.Context, r *Royalty) error {
	r.CreatedAt = time.Now()
	_, err := s.db.NewInsert().Model(r).Exec(ctx)
	return err
}

// Unpaid lists royalty rows not yet transferred.
func (s *Royalties) Unpaid(ctx context.Context, limit int) ([]Royalty, error) {
	var out []Royalty
	err := s.q(ctx, &out, "paid_out = false ORDER BY id LIMIT ?", limit)
	return out, err
}

// MarkTransferred stores the Connect transfer id of a royalty row.
func (s *Royalties) MarkTransferred(ctx context.Context, id int64, transferID string) (sql.Result, error) {
	return s.db.NewUpdate().Table("royalties").
		Set("paid_out = true").
		Set("transfer_id = ?", transferID).
		Set("transferred_at = now()").
		Where("id = ?", id).
		Exec(ctx)
}
