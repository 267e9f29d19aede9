package members

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

// ReferralCreditCents is what a member earns per paying guest they refer.
const ReferralCreditCents = 500

// Referrals keeps members' referral credit balance.
type Referrals struct {
	pool *pgxpool.Pool
}

// NewReferrals returns the referral ledger.
func NewReferrals(pool *pgxpool.Pool) *Referrals { return &Referrals{pool: pool} }

// Credit adds one referral credit to a member.
func (r *Referrals) Credit(ctx context.Context, memberID string) error {
	_, err := r.pool.Exec(ctx,
		`UPDATE members SET credit_cents = credit_cents + $1 WHERE id = $2`,
		ReferralCreditCents, memberID)
	return err
}
