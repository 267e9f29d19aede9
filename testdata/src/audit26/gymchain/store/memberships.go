// Package store persists gym chain data: Postgres (pgx) for memberships,
// payouts and training packages, Mongo for day passes, Redis for claims.
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"audit26/gymchain/domain"
)

type Memberships struct {
	db   *pgxpool.Pool
	scan *pgx.Conn // reporting / batch reads
}

func NewMemberships(db *pgxpool.Pool, scan *pgx.Conn) *Memberships {
	return &Memberships{db: db, scan: scan}
}

func (s *Memberships) Get(ctx context.Context, id string) (domain.Membership, error) {
	var m domain.Membership
	err := s.db.QueryRow(ctx, `SELECT id, member_id, gym_id, country, plan_cents, status, paid_through, provider_card, stripe_customer
		FROM memberships WHERE id = $1`, id).
		Scan(&m.ID, &m.MemberID, &m.GymID, &m.Country, &m.PlanCents, &m.Status, &m.PaidThrough, &m.ProviderCard, &m.StripeCustID)
	return m, err
}

// Due lists active memberships whose paid period ends before the cutoff.
func (s *Memberships) Due(ctx context.Context, cutoff time.Time) ([]domain.Membership, error) {
	rows, err := s.scan.Query(ctx, `SELECT id, member_id, gym_id, country, plan_cents, paid_through, provider_card, stripe_customer
		FROM memberships WHERE status IN ('active','past_due') AND paid_through < $1 ORDER BY paid_through LIMIT 500`, cutoff)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []domain.Membership
	for rows.Next() {
		var m domain.Membership
		if err := rows.Scan(&m.ID, &m.MemberID, &m.GymID, &m.Country, &m.PlanCents, &m.PaidThrough, &m.ProviderCard, &m.StripeCustID); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Activate sets the membership paid for the period that ref paid.
func (s *Memberships) Activate(ctx context.Context, id, ref string) error {
	_, err := s.db.Exec(ctx, `UPDATE memberships SET status = 'active', last_charge_ref = $2,
		paid_through = date_trunc('month', now()) + interval '1 month' WHERE id = $1`, id, ref)
	return err
}

// Extend adds a month to paid_through.
func (s *Memberships) Extend(ctx context.Context, id, ref string) error {
	_, err := s.db.Exec(ctx, `UPDATE memberships SET status = 'active', last_charge_ref = $2,
		paid_through = paid_through + interval '1 month' WHERE id = $1`, id, ref)
	return err
}

func (s *Memberships) MarkPastDue(ctx context.Context, id string) error {
	_, err := s.db.Exec(ctx, `UPDATE memberships SET status = 'past_due' WHERE id = $1`, id)
	return err
}

func (s *Memberships) Freeze(ctx context.Context, id string, until time.Time) error {
	_, err := s.db.Exec(ctx, `UPDATE memberships SET status = 'frozen', frozen_until = $2 WHERE id = $1`, id, until)
	return err
}

func (s *Memberships) MemberEmail(ctx context.Context, membershipID string) (string, error) {
	var email string
	err := s.db.QueryRow(ctx, `SELECT m.email FROM members m JOIN memberships s ON s.member_id = m.id WHERE s.id = $1`, membershipID).Scan(&email)
	return email, err
}
