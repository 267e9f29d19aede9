// Package seats keeps theatre bookings in Postgres through database/sql:
// one setter writes whatever state it is handed.
package seats

import (
	"context"
	"database/sql"
)

// Store is the bookings table.
type Store struct{ DB *sql.DB }

// SetState stores state as the booking's state.
func (s *Store) SetState(ctx context.Context, id, state string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE bookings SET state = $1 WHERE id = $2`, state, id)
	return err
}

// SetDeployState stores the state of a release of the box-office app.
func (s *Store) SetDeployState(ctx context.Context, id, state string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE deployments SET state = $1 WHERE id = $2`, state, id)
	return err
}

// SetDeliveryState stores the state of a printed-ticket delivery.
func (s *Store) SetDeliveryState(ctx context.Context, id, state string) error {
	_, err := s.DB.ExecContext(ctx, `UPDATE deliveries SET state = $1 WHERE id = $2`, state, id)
	return err
}
