package store

import (
	"context"
	"database/sql"
)

type Enrolments struct{ db *sql.DB }

func New(db *sql.DB) *Enrolments { return &Enrolments{db: db} }

// EnrolPaid stores the enrolment as paid.
func (s *Enrolments) EnrolPaid(ctx context.Context, enrolmentID, transferID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE enrolments SET status = 'paid', transfer_id = $2 WHERE id = $1`, enrolmentID, transferID)
	return err
}
