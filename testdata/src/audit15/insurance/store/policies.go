// Package store persists policies, premiums, claims and webhook events.
package store

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"

	"audit15/insurance/policy"
)

// Policies is the sqlx-backed policy and premium store.
type Policies struct {
	db *sqlx.DB
}

func NewPolicies(db *sqlx.DB) *Policies { return &Policies{db: db} }

func (s *Policies) Get(ctx context.Context, id string) (policy.Policy, error) {
	var p policy.Policy
	err := s.db.GetContext(ctx, &p, `SELECT * FROM policies WHERE id = $1`, id)
	return p, err
}

// Activate sets the policy active; running it twice changes nothing.
func (s *Policies) Activate(ctx context.Context, policyID, paidRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE policies SET status = 'active', activation_ref = $2 WHERE id = $1 AND status <> 'cancelled'`,
		policyID, paidRef)
	return err
}

// MarkPremiumPaid records the provider's reference on the premium.
func (s *Policies) MarkPremiumPaid(ctx context.Context, providerRef string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE premiums SET state = 'paid' WHERE provider_ref = $1`, providerRef)
	return err
}

func (s *Policies) SetPremiumRef(ctx context.Context, premiumID, providerRef, state string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE premiums SET provider_ref = $2, state = $3 WHERE id = $1`, premiumID, providerRef, state)
	return err
}

// LedgerEntry is one line of the premium ledger.
type LedgerEntry struct {
	PolicyID    string    `db:"policy_id"`
	Kind        string    `db:"kind"`
	AmountMinor int64     `db:"amount_minor"`
	ProviderRef string    `db:"provider_ref"`
	BookedAt    time.Time `db:"booked_at"`
}

// AppendLedger books an entry in the premium ledger.
func (s *Policies) AppendLedger(ctx context.Context, e LedgerEntry) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO premium_ledger (policy_id, kind, amount_minor, provider_ref, booked_at)
		 VALUES (:policy_id, :kind, :amount_minor, :provider_ref, :booked_at)`, e)
	return err
}

// DuePremiums lists premiums due for collection in a period.
func (s *Policies) DuePremiums(ctx context.Context, period string) ([]policy.Premium, error) {
	var out []policy.Premium
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM premiums WHERE period = $1 AND state = 'due'`, period)
	return out, err
}

// CancelledUnrefunded lists cancelled policies whose unused premium was
// not refunded yet.
func (s *Policies) CancelledUnrefunded(ctx context.Context) ([]policy.Policy, error) {
	var out []policy.Policy
	err := s.db.SelectContext(ctx, &out,
		`SELECT * FROM policies WHERE status = 'cancelled' AND refund_state = 'none'`)
	return out, err
}

// StartRefund moves a cancelled policy's refund from none to
// in_progress; false when another run has it already.
func (s *Policies) StartRefund(ctx context.Context, policyID string) (bool, error) {
	res, err := s.db.ExecContext(ctx,
		`UPDATE policies SET refund_state = 'in_progress' WHERE id = $1 AND refund_state = 'none'`, policyID)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func (s *Policies) MarkRefunded(ctx context.Context, policyID, ref string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE policies SET refund_state = 'done', refund_ref = $2 WHERE id = $1`, policyID, ref)
	return err
}

// LastPaidPremium is the latest paid premium of a policy.
func (s *Policies) LastPaidPremium(ctx context.Context, policyID string) (policy.Premium, error) {
	var pr policy.Premium
	err := s.db.GetContext(ctx, &pr,
		`SELECT * FROM premiums WHERE policy_id = $1 AND state = 'paid' ORDER BY period DESC LIMIT 1`, policyID)
	return pr, err
}

// PolicyIDByRef finds the policy a provider reference was issued for.
func (s *Policies) PolicyIDByRef(ctx context.Context, ref string) (string, error) {
	var id string
	err := s.db.GetContext(ctx, &id, `SELECT policy_id FROM premiums WHERE provider_ref = $1`, ref)
	return id, err
}
