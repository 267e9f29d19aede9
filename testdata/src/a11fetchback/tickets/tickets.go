// Package tickets issues the tickets of paid bookings.
package tickets

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
)

// Office marks the booking paid and books the seats with the venue's
// ticketing API.
type Office struct {
	db    *sql.DB
	venue string
}

func NewOffice(db *sql.DB, venue string) *Office { return &Office{db: db, venue: venue} }

func (o *Office) Issue(ctx context.Context, bookingRef string) error {
	if _, err := o.db.ExecContext(ctx, "UPDATE bookings SET status = 'paid' WHERE ref = $1", bookingRef); err != nil {
		return err
	}
	res, err := http.Post(o.venue+"/seats/confirm", "application/json", bytes.NewBufferString(`{"ref":"`+bookingRef+`"}`))
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// Outbox marks the booking paid and leaves the seat booking to a job,
// started on a context the request's end does not cancel.
type Outbox struct {
	office *Office
}

func NewOutbox(o *Office) *Outbox { return &Outbox{office: o} }

func (b *Outbox) Issue(ctx context.Context, bookingRef string) error {
	bg := context.WithoutCancel(ctx)
	go func() { _ = b.office.Issue(bg, bookingRef) }()
	return nil
}

// Ledger only marks the booking paid: a cheap update.
type Ledger struct{ db *sql.DB }

func NewLedger(db *sql.DB) *Ledger { return &Ledger{db: db} }

func (l *Ledger) Issue(ctx context.Context, bookingRef string) error {
	_, err := l.db.ExecContext(ctx, "UPDATE bookings SET status = 'paid' WHERE ref = $1", bookingRef)
	return err
}
