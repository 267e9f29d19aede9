// Package seats books seats with the venue's API.
package seats

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
)

// Venue marks the order paid and confirms the seats with the venue.
type Venue struct {
	db  *sql.DB
	api string
}

func NewVenue(db *sql.DB, api string) *Venue { return &Venue{db: db, api: api} }

func (v *Venue) Book(ctx context.Context, orderRef string) error {
	if _, err := v.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE ref = $1", orderRef); err != nil {
		return err
	}
	res, err := http.Post(v.api+"/seats", "application/json", bytes.NewBufferString(`{"ref":"`+orderRef+`"}`))
	if err != nil {
		return err
	}
	return res.Body.Close()
}
