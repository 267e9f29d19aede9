// Package gym keeps a climbing gym's members (sqlx for credits, GORM for
// passes) and applies paid orders to them in the same package.
package gym

import (
	"context"
	"time"

	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

// Member is a climber with prepaid class credits and a pass.
type Member struct {
	ID             string
	HouseholdID    string
	PrepaidCredits int64
	PassEnd        time.Time
}

// Gym is the store and the service.
type Gym struct {
	db  *sqlx.DB
	gdb *gorm.DB
}

// Member loads a member.
func (g *Gym) Member(ctx context.Context, id string) (*Member, error) {
	var m Member
	err := g.gdb.WithContext(ctx).First(&m, "id = ?", id).Error
	return &m, err
}

// setCredits stores the member's credits.
func (g *Gym) setCredits(ctx context.Context, id string, n int64) {
	g.db.MustExecContext(ctx, `UPDATE gym_members SET prepaid_credits = $1 WHERE id = $2`, n, id)
}

// setPassEnd stores the member's pass end and activates it.
func (g *Gym) setPassEnd(ctx context.Context, id string, end time.Time) error {
	return g.gdb.WithContext(ctx).Model(&Member{}).Where("id = ?", id).
		Updates(map[string]any{"pass_end": end, "status": "active"}).Error
}

// --- read-modify-write ---

// CreditClass adds one class credit: ++ on the field, written back.
func (g *Gym) CreditClass(ctx context.Context, id string) error {
	m, err := g.Member(ctx, id)
	if err != nil {
		return err
	}
	m.PrepaidCredits++
	g.setCredits(ctx, m.ID, m.PrepaidCredits)
	return nil
}

// ExtendPass adds thirty days to the pass.
func (g *Gym) ExtendPass(ctx context.Context, id string) error {
	m, err := g.Member(ctx, id)
	if err != nil {
		return err
	}
	m.PassEnd = m.PassEnd.AddDate(0, 0, 30)
	return g.setPassEnd(ctx, m.ID, m.PassEnd)
}

// --- look-alikes ---

// MatchHousehold sets a household member's pass thirty days past the
// payer's: the payer's end is not written, so a second call writes the
// same date.
func (g *Gym) MatchHousehold(ctx context.Context, payerID, otherID string) error {
	payer, err := g.Member(ctx, payerID)
	if err != nil {
		return err
	}
	other, err := g.Member(ctx, otherID)
	if err != nil {
		return err
	}
	return g.setPassEnd(ctx, other.ID, payer.PassEnd.AddDate(0, 0, 30))
}

// SetCredits stores the credit total the order carries.
func (g *Gym) SetCredits(ctx context.Context, id string, total int64) error {
	m, err := g.Member(ctx, id)
	if err != nil {
		return err
	}
	g.setCredits(ctx, m.ID, total)
	return nil
}
