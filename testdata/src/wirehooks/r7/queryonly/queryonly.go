// Package queryonly stores a paid state only through a query method
// (UPDATE … RETURNING): no Exec anywhere, so the package must still be
// analysed for its writes, while url.Values' Query is no reason to.
package queryonly

import (
	"context"
	"database/sql"
)

type Invoices struct{ db *sql.DB }

func (s *Invoices) Settle(ctx context.Context, id string) (string, error) { // want `wrapper Invoices.Settle statewrite`
	var msisdn string
	err := s.db.QueryRowContext(ctx, `UPDATE invoices SET status = 'paid' WHERE id = $1 RETURNING msisdn`, id).Scan(&msisdn) // want `op statewrite paid state stored by sql.DB.QueryRowContext$`
	return msisdn, err
}
