package store

import (
	"context"
	"time"

	"audit11/utilities/billing"
)

func (p *Postgres) SaveTopUp(ctx context.Context, t *billing.TopUp) error {
	_, err := p.pool.Exec(ctx, `INSERT INTO topups (id, meter_id, account_id, msisdn, amount_minor,
		currency, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', now())
		ON CONFLICT (id) DO NOTHING`, t.ID, t.MeterID, t.AccountID, t.MSISDN, t.AmountMinor, t.Currency)
	return err
}

func (p *Postgres) TopUp(ctx context.Context, id string) (*billing.TopUp, error) {
	var t billing.TopUp
	err := p.pool.QueryRow(ctx, `SELECT id, meter_id, account_id, msisdn, amount_minor, currency,
		provider_ref, status, token, created_at FROM topups WHERE id = $1`, id).Scan(&t.ID, &t.MeterID,
		&t.AccountID, &t.MSISDN, &t.AmountMinor, &t.Currency, &t.ProviderRef, &t.Status, &t.Token, &t.CreatedAt)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

func (p *Postgres) SetTopUpRef(ctx context.Context, id, ref string) error {
	_, err := p.pool.Exec(ctx, `UPDATE topups SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

func (p *Postgres) SetTopUpStatus(ctx context.Context, id, status, token string) error {
	_, err := p.pool.Exec(ctx, `UPDATE topups SET status = $2, token = COALESCE(NULLIF($3, ''), token)
		WHERE id = $1`, id, status, token)
	return err
}

// PendingTopUps lists the ids of top-ups still pending since before the cutoff.
func (p *Postgres) PendingTopUps(ctx context.Context, before time.Time) ([]string, error) {
	var ids []string
	err := p.pool.QueryRow(ctx, `SELECT coalesce(array_agg(id ORDER BY created_at), '{}')
		FROM topups WHERE status = 'PENDING' AND created_at < $1`, before).Scan(&ids)
	return ids, err
}
