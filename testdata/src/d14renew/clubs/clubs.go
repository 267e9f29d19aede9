// Package clubs keeps a rowing club's memberships in GORM and
// database/sql. Some writes push the end of a membership forward by a
// period; others set it to a date, or slide a login session's expiry.
package clubs

import (
	"context"
	"database/sql"
	"time"

	"gorm.io/gorm"
)

// Membership is a member's paid plan.
type Membership struct {
	ID        string
	Member    string
	Status    string
	ExpiresAt time.Time
	TermEnd   time.Time
}

// Session is a member's login.
type Session struct {
	ID        string
	ExpiresAt time.Time
}

// Clubs is the store.
type Clubs struct {
	db  *gorm.DB
	raw *sql.DB
}

// Prolong loads the membership and adds a month to its end.
func (c *Clubs) Prolong(ctx context.Context, member string) error {
	var m Membership
	if err := c.db.WithContext(ctx).First(&m, "member = ?", member).Error; err != nil {
		return err
	}
	m.ExpiresAt = m.ExpiresAt.AddDate(0, 1, 0)
	return c.db.WithContext(ctx).Save(&m).Error
}

// ProlongDays adds days to the end in the statement.
func (c *Clubs) ProlongDays(ctx context.Context, member string, days int) error {
	_, err := c.raw.ExecContext(ctx, `UPDATE memberships SET expires_at = expires_at + make_interval(days => $1) WHERE member = $2`, days, member)
	return err
}

// ProlongTerm adds weeks to the term's end in a GORM expression.
func (c *Clubs) ProlongTerm(ctx context.Context, member string, weeks int) error {
	return c.db.WithContext(ctx).Model(&Membership{}).Where("member = ?", member).
		UpdateColumn("term_end", gorm.Expr("term_end + make_interval(weeks => ?)", weeks)).Error
}

// --- look-alikes: the same on every call ---

// SetEnd sets the end to the period end the provider sent.
func (c *Clubs) SetEnd(ctx context.Context, member string, periodEnd int64) error {
	var m Membership
	if err := c.db.WithContext(ctx).First(&m, "member = ?", member).Error; err != nil {
		return err
	}
	m.ExpiresAt = time.Unix(periodEnd, 0).UTC()
	return c.db.WithContext(ctx).Save(&m).Error
}

// StartMonth starts a month from now.
func (c *Clubs) StartMonth(ctx context.Context, member string) error {
	var m Membership
	if err := c.db.WithContext(ctx).First(&m, "member = ?", member).Error; err != nil {
		return err
	}
	m.ExpiresAt = time.Now().AddDate(0, 1, 0)
	return c.db.WithContext(ctx).Save(&m).Error
}

// Touch slides a login session's expiry: no plan is extended.
func (c *Clubs) Touch(ctx context.Context, id string) error {
	var s Session
	if err := c.db.WithContext(ctx).First(&s, "id = ?", id).Error; err != nil {
		return err
	}
	s.ExpiresAt = s.ExpiresAt.Add(time.Hour)
	return c.db.WithContext(ctx).Save(&s).Error
}

// Preview computes the next end for a page, and stores nothing.
func (c *Clubs) Preview(ctx context.Context, member string) (time.Time, error) {
	var m Membership
	if err := c.db.WithContext(ctx).First(&m, "member = ?", member).Error; err != nil {
		return time.Time{}, err
	}
	m.ExpiresAt = m.ExpiresAt.AddDate(0, 1, 0)
	return m.ExpiresAt, nil
}

// Slide pushes the sessions table's expiry in the statement: no plan.
func (c *Clubs) Slide(ctx context.Context, id string) error {
	_, err := c.raw.ExecContext(ctx, `UPDATE sessions SET expires_at = expires_at + interval '1 hour' WHERE id = $1`, id)
	return err
}
