// Package store is the Postgres data layer of the billing backend.
package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit11/utilities/billing"
)

// Postgres implements the billing stores over a pgx pool.
type Postgres struct {
	pool *pgxpool.Pool
}

func New(pool *pgxpool.Pool) *Postgres { return &Postgres{pool: pool} }

func (p *Postgres) Get(ctx context.Context, id string) (*billing.Bill, error) {
	var b billing.Bill
	err := p.pool.QueryRow(ctx, `SELECT id, account_id, period, amount_minor, currency, due_date,
		status, channel, mandate_id, provider_ref, late_fee_minor, dunning_stage
		FROM bills WHERE id = $1`, id).Scan(&b.ID, &b.AccountID, &b.Period, &b.AmountMinor,
		&b.Currency, &b.DueDate, &b.Status, &b.Channel, &b.MandateID, &b.ProviderRef,
		&b.LateFeeMinor, &b.DunningStage)
	if err != nil {
		return nil, fmt.Errorf("bill %s: %w", id, err)
	}
	return &b, nil
}

// MarkPaid records the bill as paid. Repeating it is harmless.
func (p *Postgres) MarkPaid(ctx context.Context, id, providerRef string) error {
	_, err := p.pool.Exec(ctx, `UPDATE bills SET status = 'paid', provider_ref = $2, paid_at = now()
		WHERE id = $1 AND status <> 'paid'`, id, providerRef)
	return err
}

func (p *Postgres) MarkFailed(ctx context.Context, id, reason string) error {
	_, err := p.pool.Exec(ctx, `UPDATE bills SET status = 'failed', failure_reason = $2
		WHERE id = $1 AND status <> 'paid'`, id, reason)
	return err
}

func (p *Postgres) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := p.pool.Exec(ctx, `UPDATE bills SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

func (p *Postgres) Account(ctx context.Context, id string) (*billing.Account, error) {
	var a billing.Account
	err := p.pool.QueryRow(ctx, `SELECT id, name, email, phone, paperless, credit_minor
		FROM accounts WHERE id = $1`, id).Scan(&a.ID, &a.Name, &a.Email, &a.Phone,
		&a.Paperless, &a.CreditMinor)
	if err != nil {
		return nil, errors.Join(billing.ErrNotFound, err)
	}
	return &a, nil
}

// Claim records a provider event id; it returns false when the id was
// already recorded.
func (p *Postgres) Claim(ctx context.Context, provider, eventID string) (bool, error) {
	tag, err := p.pool.Exec(ctx, `INSERT INTO provider_events (provider, event_id, received_at)
		VALUES ($1, $2, now()) ON CONFLICT (provider, event_id) DO NOTHING`, provider, eventID)
	if err != nil {
		return false, err
	}
	return tag.RowsAffected() == 1, nil
}
