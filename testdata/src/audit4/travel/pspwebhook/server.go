// Package pspwebhook receives our REST PSP's payment events and airline
// schedule notifications.
package pspwebhook

import (
	"context"
	"database/sql"
	"net/http"
	"os"
)

type Server struct {
	db     *sql.DB
	secret string
	legacy string
}

func NewServer(db *sql.DB) *Server {
	return &Server{db: db, secret: os.Getenv("PSP_WEBHOOK_SECRET"), legacy: os.Getenv("PSP_LEGACY_SECRET")}
}

func (s *Server) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/psp/payments", s.paymentEvent)
	mux.HandleFunc("POST /hooks/psp/legacy", s.legacyEvent)
	mux.HandleFunc("POST /hooks/psp/bank", s.bankEvent)
	mux.HandleFunc("POST /hooks/airline/flight-status", s.flightStatus)
}

func (s *Server) markBookingPaid(ctx context.Context, bookingID, paymentID string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE bookings SET status = 'paid', payment_id = $2 WHERE id = $1`, bookingID, paymentID)
	return err
}
