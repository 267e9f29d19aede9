// Package royalties books what an e-book shop owes its authors and
// affiliates for each sale; a monthly job pays out what the rows add up to.
package royalties

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

// AffiliateCommission is one affiliate's share of a sale.
type AffiliateCommission struct {
	ID          int64
	AffiliateID string
	SaleID      string
	AmountCents int64
}

// Books holds the stores.
type Books struct {
	bdb *bun.DB
	gdb *gorm.DB
	db  *sqlx.DB
}

// --- rows of money owed, added on every call ---

// CreditAuthor books the author's share (bun, table named).
func (b *Books) CreditAuthor(ctx context.Context, saleID, author string, cents int64) error {
	_, err := b.bdb.NewInsert().Table("author_royalties").
		Value("author_id", "?", author).
		Value("sale_id", "?", saleID).
		Value("amount_cents", "?", cents).
		Exec(ctx)
	return err
}

// RecordCommission books the affiliate's share (GORM Create of a model).
func (b *Books) RecordCommission(ctx context.Context, saleID, affiliate string, cents int64) error {
	return b.gdb.WithContext(ctx).Create(&AffiliateCommission{AffiliateID: affiliate, SaleID: saleID, AmountCents: cents}).Error
}

// QueueEarning books a narrator's earning with constant SQL.
func (b *Books) QueueEarning(ctx context.Context, saleID, narrator string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO narrator_earnings (narrator_id, sale_id) VALUES ($1, $2)`, narrator, saleID)
	return err
}

// --- the same on every call, or no money owed ---

// CreditAuthorOnce books the share keyed by the sale: a repeat adds nothing.
func (b *Books) CreditAuthorOnce(ctx context.Context, saleID, author string, cents int64) error {
	_, err := b.bdb.NewInsert().Table("author_royalties").
		Value("author_id", "?", author).
		Value("sale_id", "?", saleID).
		Value("amount_cents", "?", cents).
		On("CONFLICT (sale_id) DO NOTHING").
		Exec(ctx)
	return err
}

// LogRoyaltyEvent keeps a record of what happened: a log.
func (b *Books) LogRoyaltyEvent(ctx context.Context, saleID string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO royalty_events (sale_id, at) VALUES ($1, now())`, saleID)
	return err
}

// SettleRoyalty marks a row paid out: an update, the same every time.
func (b *Books) SettleRoyalty(ctx context.Context, saleID string) error {
	_, err := b.bdb.NewUpdate().Table("author_royalties").
		Set("paid_out_at = ?", time.Now()).
		Where("sale_id = ?", saleID).
		Exec(ctx)
	return err
}

// SaveReview inserts a reader's review: no money.
func (b *Books) SaveReview(ctx context.Context, saleID, text string) error {
	_, err := b.db.ExecContext(ctx, `INSERT INTO book_reviews (sale_id, body) VALUES ($1, $2)`, saleID, text)
	return err
}
