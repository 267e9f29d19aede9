// Package db is the sqlc-generated query layer of a self-storage
// operator: unit leases and lockers let by the month.
package db

import (
	"context"
	"database/sql"
	"time"
)

// DBTX is what the queries run on.
type DBTX interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) (sql.Result, error)
}

// Queries runs the generated queries.
type Queries struct{ db DBTX }

// New returns the queries over db.
func New(db DBTX) *Queries { return &Queries{db: db} }

const activateUnitLease = `-- name: ActivateUnitLease :exec
UPDATE unit_leases SET status = 'active', paid_through = $2 WHERE id = $1
`

// ActivateUnitLeaseParams are ActivateUnitLease's arguments.
type ActivateUnitLeaseParams struct {
	ID          int64
	PaidThrough time.Time
}

// ActivateUnitLease opens the unit to its tenant, paid up to PaidThrough.
func (q *Queries) ActivateUnitLease(ctx context.Context, arg ActivateUnitLeaseParams) error {
	_, err := q.db.ExecContext(ctx, activateUnitLease, arg.ID, arg.PaidThrough)
	return err
}

const extendLocker = `-- name: ExtendLocker :exec
UPDATE lockers SET paid_until = now() + interval '1 month' WHERE id = $1
`

// ExtendLocker adds a month to a locker.
func (q *Queries) ExtendLocker(ctx context.Context, id int64) error {
	_, err := q.db.ExecContext(ctx, extendLocker, id)
	return err
}

const endUnitLease = `-- name: EndUnitLease :exec
UPDATE unit_leases SET status = 'ended', paid_through = NULL WHERE id = $1
`

// EndUnitLease closes a lease at move-out.
func (q *Queries) EndUnitLease(ctx context.Context, id int64) error {
	_, err := q.db.ExecContext(ctx, endUnitLease, id)
	return err
}

const touchLoginSession = `-- name: TouchLoginSession :exec
UPDATE login_sessions SET expires_at = $2 WHERE id = $1
`

// TouchLoginSession keeps a tenant signed in.
func (q *Queries) TouchLoginSession(ctx context.Context, id string, until time.Time) error {
	_, err := q.db.ExecContext(ctx, touchLoginSession, id, until)
	return err
}
