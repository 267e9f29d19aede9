// Package store implements the domain stores on Postgres (sqlx, pgx),
// GORM and Mongo.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"

	"audit11/crowdfunding/domain"
)

// Pledges is the sqlx-backed pledge store.
type Pledges struct{ db *sqlx.DB }

func NewPledges(db *sqlx.DB) *Pledges { return &Pledges{db: db} }

func (s *Pledges) Get(ctx context.Context, id string) (*domain.Pledge, error) {
	var p domain.Pledge
	err := s.db.GetContext(ctx, &p, `SELECT * FROM pledges WHERE id = $1`, id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, domain.ErrNotFound
	}
	return &p, err
}

func (s *Pledges) ByProviderRef(ctx context.Context, ref string) (*domain.Pledge, error) {
	var p domain.Pledge
	return &p, s.db.GetContext(ctx, &p, `SELECT * FROM pledges WHERE provider_ref = $1`, ref)
}

func (s *Pledges) Insert(ctx context.Context, p *domain.Pledge) error {
	_, err := s.db.NamedExecContext(ctx, `INSERT INTO pledges
		(id, campaign_id, backer_id, backer_email, amount_cents, currency, method, provider_ref, reward_tier, status, created_at)
		VALUES (:id, :campaign_id, :backer_id, :backer_email, :amount_cents, :currency, :method, :provider_ref, :reward_tier, :status, :created_at)`, p)
	return err
}

func (s *Pledges) ListByCampaign(ctx context.Context, campaignID string, status domain.PledgeStatus) ([]domain.Pledge, error) {
	var out []domain.Pledge
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM pledges WHERE campaign_id = $1 AND status = $2 ORDER BY created_at`, campaignID, status)
	return out, err
}

func (s *Pledges) SetStatus(ctx context.Context, id string, status domain.PledgeStatus) error {
	_, err := s.db.ExecContext(ctx, `UPDATE pledges SET status = $2 WHERE id = $1`, id, status)
	return err
}

func (s *Pledges) SetCaptureRef(ctx context.Context, id, captureRef string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE pledges SET capture_ref = $2 WHERE id = $1`, id, captureRef)
	return err
}

func (s *Pledges) TransitionStatus(ctx context.Context, id string, from, to domain.PledgeStatus) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE pledges SET status = $3 WHERE id = $1 AND status = $2`, id, from, to)
	if err != nil {
		return false, fmt.Errorf("transition pledge %s: %w", id, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *Pledges) SetProviderRef(ctx context.Context, id, ref string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE pledges SET provider_ref = $2 WHERE id = $1`, id, ref)
	return err
}

// Ledger appends money movements to the campaigns' books.
type Ledger struct{ db *sqlx.DB }

func NewLedger(db *sqlx.DB) *Ledger { return &Ledger{db: db} }

func (l *Ledger) Append(ctx context.Context, campaignID, pledgeID, kind string, cents int64) error {
	_, err := l.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (campaign_id, pledge_id, kind, amount_cents) VALUES ($1, $2, $3, $4)`,
		campaignID, pledgeID, kind, cents)
	return err
}
