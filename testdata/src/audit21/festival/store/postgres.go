package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"audit21/festival/platform"
)

// Repo is a small generic helper over one bun model.
type Repo[T any] struct {
	db    *bun.DB
	table string
}

// NewRepo binds a model to its table.
func NewRepo[T any](db *bun.DB, table string) *Repo[T] { return &Repo[T]{db: db, table: table} }

// ByID loads one row.
func (r *Repo[T]) ByID(ctx context.Context, id string) (*T, error) {
	v := new(T)
	if err := r.db.NewSelect().Model(v).Where("id = ?", id).Scan(ctx); err != nil {
		if err == sql.ErrNoRows {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("%s %s: %w", r.table, id, err)
	}
	return v, nil
}

// Where loads every row matching a condition.
func (r *Repo[T]) Where(ctx context.Context, limit int, cond string, args ...any) ([]T, error) {
	var out []T
	err := r.db.NewSelect().Model(&out).Where(cond, args...).Order("created_at").Limit(limit).Scan(ctx)
	return out, err
}

// Insert adds a row.
func (r *Repo[T]) Insert(ctx context.Context, v *T) error {
	_, err := r.db.NewInsert().Model(v).Exec(ctx)
	return err
}

// TopUps stores top-ups.
type TopUps struct {
	*Repo[TopUp]
	db *bun.DB
}

// NewTopUps makes the top-up store.
func NewTopUps(db *bun.DB) *TopUps { return &TopUps{Repo: NewRepo[TopUp](db, "top_ups"), db: db} }

// SetProviderRef records the provider's id for a top-up.
func (s *TopUps) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.db.NewUpdate().Table("top_ups").Set("provider_ref = ?", ref).Where("id = ?", id).Exec(ctx)
	return err
}

// MarkPaid moves a top-up to paid (a no-op when it already is).
func (s *TopUps) MarkPaid(ctx context.Context, id string) error {
	_, err := s.db.NewUpdate().Table("top_ups").
		Set("status = ?", TopUpPaid).
		Set("paid_at = ?", time.Now().UTC()).
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// ClaimPaid moves a pending top-up to paid and reports whether this call
// did it; a repeat answers false.
func (s *TopUps) ClaimPaid(ctx context.Context, id string) (bool, error) {
	res, err := s.db.NewUpdate().Table("top_ups").
		Set("status = ?", TopUpPaid).
		Set("paid_at = ?", time.Now().UTC()).
		Where("id = ? AND status = ?", id, TopUpPending).
		Exec(ctx)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// MarkFailed records a failed top-up.
func (s *TopUps) MarkFailed(ctx context.Context, id string) error {
	_, err := s.db.NewUpdate().Table("top_ups").Set("status = ?", TopUpFailed).Where("id = ? AND status = ?", id, TopUpPending).Exec(ctx)
	return err
}

// ByProviderRef finds a top-up by the provider's id.
func (s *TopUps) ByProviderRef(ctx context.Context, ref string) (*TopUp, error) {
	var t TopUp
	if err := s.db.NewSelect().Model(&t).Where("provider_ref = ?", ref).Scan(ctx); err != nil {
		return nil, err
	}
	return &t, nil
}

// Wallets holds wristband balances and their ledger.
type Wallets struct {
	db *bun.DB
}

// NewWallets makes the wallet store.
func NewWallets(db *bun.DB) *Wallets { return &Wallets{db: db} }

// Credit adds amount to the wristband's balance and writes the ledger line.
func (w *Wallets) Credit(ctx context.Context, wristbandID string, amount platform.Cents, ref string) error {
	if _, err := w.db.NewUpdate().Table("wristbands").
		Set("balance_cents = balance_cents + ?", amount).
		Set("updated_at = now()").
		Where("id = ?", wristbandID).
		Exec(ctx); err != nil {
		return fmt.Errorf("credit %s: %w", wristbandID, err)
	}
	_, err := w.db.NewInsert().Table("ledger_entries").
		Value("wristband_id", "?", wristbandID).
		Value("kind", "?", "topup").
		Value("amount_cents", "?", amount).
		Value("ref", "?", ref).
		Exec(ctx)
	return err
}

// Wristband loads a wristband.
func (w *Wallets) Wristband(ctx context.Context, id string) (*Wristband, error) {
	return NewRepo[Wristband](w.db, "wristbands").ByID(ctx, id)
}

// Payouts stores vendor payouts.
type Payouts struct {
	*Repo[Payout]
	db *bun.DB
}

// NewPayouts makes the payout store.
func NewPayouts(db *bun.DB) *Payouts { return &Payouts{Repo: NewRepo[Payout](db, "payouts"), db: db} }

// Pending lists payouts that have not gone out yet.
func (s *Payouts) Pending(ctx context.Context) ([]Payout, error) {
	return s.Where(ctx, 500, "status = ?", "pending")
}

// Settle records the provider's answer for a payout.
func (s *Payouts) Settle(ctx context.Context, id, status, ref string) error {
	_, err := s.db.NewUpdate().Table("payouts").
		Set("status = ?", status).
		Set("provider_ref = ?", ref).
		Set("attempts = attempts + 1").
		Where("id = ?", id).
		Exec(ctx)
	return err
}

// ReturnToVendor puts a bounced payout's amount back on the vendor's
// balance so that it goes out again with the next run.
func (s *Payouts) ReturnToVendor(ctx context.Context, vendorID string, amount platform.Cents) error {
	_, err := s.db.NewUpdate().Table("vendors").
		Set("balance_cents = balance_cents + ?", amount).
		Where("id = ?", vendorID).
		Exec(ctx)
	return err
}

// Refunds stores after-event balance refunds.
type Refunds struct {
	*Repo[BalanceRefund]
	db *bun.DB
}

// NewRefunds makes the refund store.
func NewRefunds(db *bun.DB) *Refunds {
	return &Refunds{Repo: NewRepo[BalanceRefund](db, "balance_refunds"), db: db}
}

// Due lists refunds requested and not yet sent for a channel.
func (s *Refunds) Due(ctx context.Context, ch Channel) ([]BalanceRefund, error) {
	return s.Where(ctx, 200, "status = ? AND channel = ?", "requested", ch)
}

// Done marks a refund as sent.
func (s *Refunds) Done(ctx context.Context, id, providerRef string) error {
	_, err := s.db.NewUpdate().Table("balance_refunds").Set("status = ?", "sent").Set("provider_ref = ?", providerRef).Where("id = ?", id).Exec(ctx)
	return err
}

// Fail parks a refund for the support team.
func (s *Refunds) Fail(ctx context.Context, id, reason string) error {
	_, err := s.db.NewUpdate().Table("balance_refunds").Set("status = ?", "failed").Set("provider_ref = ?", reason).Where("id = ?", id).Exec(ctx)
	return err
}
