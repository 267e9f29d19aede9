// Package enrollment grants course access and issues certificates.
package enrollment

import (
	"context"
	"database/sql"
	"fmt"
)

// Mailer sends transactional mail through our ESP.
type Mailer interface {
	Send(ctx context.Context, to, template string, data map[string]string) error
}

// Access is the enrollments table.
type Access struct{ db *sql.DB }

// NewAccess returns the repository.
func NewAccess(db *sql.DB) *Access { return &Access{db: db} }

// Grant enrolls a learner; enrolling twice is a no-op thanks to the
// (user_id, course_id) unique index.
func (a *Access) Grant(ctx context.Context, userID, courseID string) error {
	_, err := a.db.ExecContext(ctx,
		`INSERT INTO enrollments (user_id, course_id, granted_at) VALUES ($1, $2, now())
		 ON CONFLICT (user_id, course_id) DO NOTHING`, userID, courseID)
	return err
}

// Checkouts completes paid Stripe checkouts (wired into the Stripe webhook
// handler by app.New).
type Checkouts struct {
	db   *sql.DB
	mail Mailer
}

// NewCheckouts builds the use case.
func NewCheckouts(db *sql.DB, mail Mailer) *Checkouts {
	return &Checkouts{db: db, mail: mail}
}

// CompleteCheckout enrolls the buyer, books the instructor's share and
// sends the welcome mail.
func (c *Checkouts) CompleteCheckout(ctx context.Context, sessionID, userID, courseID string, amount int64) error {
	if _, err := c.db.ExecContext(ctx,
		`INSERT INTO enrollments (user_id, course_id, source) VALUES ($1, $2, 'stripe')`,
		userID, courseID); err != nil {
		return fmt.Errorf("enroll: %w", err)
	}
	if _, err := c.db.ExecContext(ctx,
		`INSERT INTO ledger_entries (course_id, kind, amount, ref) VALUES ($1, 'sale', $2, $3)`,
		courseID, amount, sessionID); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	return c.mail.Send(ctx, userID, "welcome-to-course", map[string]string{"course": courseID})
}
