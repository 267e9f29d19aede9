// Package ticketing is the box office's use case: it moves a booking
// through its own states, named in the theatre's words.
package ticketing

import (
	"context"

	"k14paidbranch/seats"
)

// Booking states: "booked" is the theatre's word for a seat paid for.
const (
	Booked   = "booked"
	Released = "released"
	Held     = "processing"
	Live     = "live"
	Notified = "notified"
	Received = "confirmed"
)

// Seats is the use case the webhooks call.
type Seats interface {
	Book(ctx context.Context, id string) error
	Release(ctx context.Context, id string) error
	Hold(ctx context.Context, id string) error
	Notify(ctx context.Context, id string) error
	Promote(ctx context.Context, id string) error
	Receive(ctx context.Context, id string) error
}

// Office implements Seats on the bookings store.
type Office struct{ Store *seats.Store }

var _ Seats = (*Office)(nil)

// Book stores the seat as booked.
func (o *Office) Book(ctx context.Context, id string) error {
	return o.Store.SetState(ctx, id, Booked)
}

// Release gives the seat back.
func (o *Office) Release(ctx context.Context, id string) error {
	return o.Store.SetState(ctx, id, Released)
}

// Hold parks the booking while the payment settles.
func (o *Office) Hold(ctx context.Context, id string) error {
	return o.Store.SetState(ctx, id, Held)
}

// Notify records that the ticket e-mail went out.
func (o *Office) Notify(ctx context.Context, id string) error {
	return o.Store.SetState(ctx, id, Notified)
}

// Promote marks a release of the app live.
func (o *Office) Promote(ctx context.Context, id string) error {
	return o.Store.SetDeployState(ctx, id, Live)
}

// Receive confirms that the courier handed the printed tickets over.
func (o *Office) Receive(ctx context.Context, id string) error {
	return o.Store.SetDeliveryState(ctx, id, Received)
}
