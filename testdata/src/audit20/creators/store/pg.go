package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Memberships is the memberships table.
type Memberships struct{ db *pgxpool.Pool }

// NewMemberships wraps the pool.
func NewMemberships(db *pgxpool.Pool) *Memberships { return &Memberships{db: db} }

// Activate marks the fan's membership of the tier active, creating it if
// needed. Safe to call more than once.
func (m *Memberships) Activate(ctx context.Context, fanID, tierID, provider, subID string) error {
	_, err := m.db.Exec(ctx, `
		INSERT INTO memberships (fan_id, tier_id, provider, provider_sub_id, status, paid_through)
		VALUES ($1, $2, $3, $4, 'active', now() + interval '1 month')
		ON CONFLICT (fan_id, tier_id) DO UPDATE
		SET status = 'active', provider = EXCLUDED.provider, provider_sub_id = EXCLUDED.provider_sub_id`,
		fanID, tierID, provider, subID)
	return err
}

// ExtendPeriod moves paid_through forward after a renewal was paid.
func (m *Memberships) ExtendPeriod(ctx context.Context, subID string, months int) error {
	tag, err := m.db.Exec(ctx, `
		UPDATE memberships
		SET paid_through = paid_through + make_interval(months => $2), status = 'active'
		WHERE provider_sub_id = $1`, subID, months)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("membership for %s: %w", subID, ErrNotFound)
	}
	return nil
}

// SetStatus records a provider-driven status change.
func (m *Memberships) SetStatus(ctx context.Context, subID string, st MembershipStatus) error {
	_, err := m.db.Exec(ctx, `UPDATE memberships SET status = $2 WHERE provider_sub_id = $1`, subID, string(st))
	return err
}

// Get loads a fan's membership of a tier.
func (m *Memberships) Get(ctx context.Context, fanID, tierID string) (*Membership, error) {
	var ms Membership
	err := m.db.QueryRow(ctx, `
		SELECT id, fan_id, tier_id, provider, provider_sub_id, status, paid_through
		FROM memberships WHERE fan_id = $1 AND tier_id = $2`, fanID, tierID).
		Scan(&ms.ID, &ms.FanID, &ms.TierID, &ms.Provider, &ms.ProviderSubID, &ms.Status, &ms.PaidThrough)
	if err != nil {
		return nil, err
	}
	return &ms, nil
}

// Tier loads a tier.
func (m *Memberships) Tier(ctx context.Context, id string) (*Tier, error) {
	var t Tier
	err := m.db.QueryRow(ctx, `
		SELECT id, creator_id, name, price_cents, currency, stripe_price_id, paddle_price_id
		FROM tiers WHERE id = $1`, id).
		Scan(&t.ID, &t.CreatorID, &t.Name, &t.PriceCents, &t.Currency, &t.StripePriceID, &t.PaddlePriceID)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// Purchases is the purchases table.
type Purchases struct{ db *pgxpool.Pool }

// NewPurchases wraps the pool.
func NewPurchases(db *pgxpool.Pool) *Purchases { return &Purchases{db: db} }

// Get loads a purchase.
func (p *Purchases) Get(ctx context.Context, id string) (*Purchase, error) {
	var pu Purchase
	err := p.db.QueryRow(ctx, `
		SELECT id, fan_id, fan_email, creator_id, product_id, amount_cents, currency, provider, provider_ref, status
		FROM purchases WHERE id = $1`, id).
		Scan(&pu.ID, &pu.FanID, &pu.FanEmail, &pu.CreatorID, &pu.ProductID, &pu.AmountCents, &pu.Currency, &pu.Provider, &pu.ProviderRef, &pu.Status)
	if err != nil {
		return nil, err
	}
	return &pu, nil
}

// Attach stores the provider's reference for a pending purchase.
func (p *Purchases) Attach(ctx context.Context, id, provider, ref string) error {
	_, err := p.db.Exec(ctx, `UPDATE purchases SET provider = $2, provider_ref = $3 WHERE id = $1`, id, provider, ref)
	return err
}

// MarkPaid moves a pending purchase to paid. It answers false when the
// purchase was not pending any more (already paid, refunded).
func (p *Purchases) MarkPaid(ctx context.Context, id, ref string) (bool, error) {
	tag, err := p.db.Exec(ctx, `
		UPDATE purchases SET status = 'paid', provider_ref = $2, paid_at = now()
		WHERE id = $1 AND status = 'pending'`, id, ref)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}

// Grant unlocks the download for the fan: the purchase is paid and a
// download token is issued.
func (p *Purchases) Grant(ctx context.Context, id string) error {
	_, err := p.db.Exec(ctx, `
		UPDATE purchases
		SET status = 'paid', download_token = encode(gen_random_bytes(24), 'hex'), paid_at = coalesce(paid_at, now())
		WHERE id = $1`, id)
	return err
}

// MarkRefunded records a refund.
func (p *Purchases) MarkRefunded(ctx context.Context, id string) error {
	_, err := p.db.Exec(ctx, `UPDATE purchases SET status = 'refunded' WHERE id = $1`, id)
	return err
}

// Earnings is what creators are owed, one row per paid item.
type Earnings struct{ db *pgxpool.Pool }

// NewEarnings wraps the pool.
func NewEarnings(db *pgxpool.Pool) *Earnings { return &Earnings{db: db} }

// Add books an amount owed to a creator.
func (e *Earnings) Add(ctx context.Context, creatorID string, amountCents int64, currency, source string) error {
	_, err := e.db.Exec(ctx, `
		INSERT INTO creator_earnings (creator_id, amount_cents, currency, source, created_at)
		VALUES ($1, $2, $3, $4, now())`, creatorID, amountCents, currency, source)
	return err
}
