// Package stays is a guest house's booking store: its Supabase tables,
// reached with resty, and the channel manager it tells about bookings.
package stays

import (
	"context"

	"github.com/go-resty/resty/v2"
)

type Store struct {
	DB      *resty.Client // base URL: the Supabase project
	Channel *resty.Client // the channel manager's REST API
	Key     string
}

type bookingPatch struct {
	State  string `json:"state"`
	Amount int64  `json:"amount_paid"`
}

// ConfirmBooking stores the booking confirmed (PostgREST PATCH with a
// filter and Supabase's apikey header).
func (s *Store) ConfirmBooking(ctx context.Context, ref string, amount int64) error {
	_, err := s.DB.R().SetContext(ctx).
		SetHeader("apikey", s.Key).
		SetBody(bookingPatch{State: "confirmed", Amount: amount}).
		Patch("/rest/v1/bookings?reference=eq." + ref)
	return err
}

// HoldBooking stores the booking held: a pending state, no payment.
func (s *Store) HoldBooking(ctx context.Context, ref string) error {
	_, err := s.DB.R().SetContext(ctx).
		SetHeader("apikey", s.Key).
		SetBody(map[string]string{"state": "on_hold"}).
		Patch("/rest/v1/bookings?reference=eq." + ref)
	return err
}

// TellChannel tells the channel manager the booking is paid: its own
// REST API under /rest/v1/, no PostgREST query and no apikey header, so
// no row of the guest house's database.
func (s *Store) TellChannel(ctx context.Context, ref string) error {
	_, err := s.Channel.R().SetContext(ctx).
		SetBody(map[string]string{"status": "paid"}).
		Put("/rest/v1/reservations/" + ref + "/payment")
	return err
}
