package payments

import (
	"context"
	"database/sql"
	"errors"
)

// ErrNotCompleted: PayPal did not complete the capture.
var ErrNotCompleted = errors.New("payments: capture not completed")

// Service settles orders paid with PayPal.
type Service struct {
	db *sql.DB
	pp *PayPal
}

func NewService(db *sql.DB, pp *PayPal) *Service { return &Service{db: db, pp: pp} }

// CaptureOrder captures the approved order and marks the shop's order paid
// only when PayPal answers the capture COMPLETED: the capture's answer is
// the provider's verdict.
func (s *Service) CaptureOrder(ctx context.Context, paypalOrderID string) (string, error) {
	res, err := s.pp.Capture(ctx, paypalOrderID)
	if err != nil {
		return "", err
	}
	if !res.Completed || res.OrderRef == "" {
		return res.OrderRef, ErrNotCompleted
	}
	if _, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid', payment_ref = $1 WHERE public_id = $2 AND status = 'pending'", res.CaptureID, res.OrderRef); err != nil {
		return res.OrderRef, err
	}
	return res.OrderRef, nil
}

// SettleCapture compares the capture answer's own status with COMPLETED.
func (s *Service) SettleCapture(ctx context.Context, paypalOrderID string) (string, error) {
	res, err := s.pp.Capture(ctx, paypalOrderID)
	if err != nil {
		return "", err
	}
	if res.Status != "COMPLETED" {
		return res.OrderRef, ErrNotCompleted
	}
	_, err = s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE public_id = $1", res.OrderRef)
	return res.OrderRef, err
}

// TrustCapture marks the order paid whatever the capture answered: even a
// failed capture (an order the buyer never approved) ends paid.
func (s *Service) TrustCapture(ctx context.Context, paypalOrderID string) (string, error) {
	res, _ := s.pp.Capture(ctx, paypalOrderID)
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE paypal_order_id = $1", paypalOrderID)
	return res.OrderRef, err
}

// CaptureOnce trusts a capture PayPal accepted: the capture of an order
// the buyer never approved answers 422, which Capture turns into an
// error (the shared model's reading of a capture or confirmation whose
// error is checked: the money moved, or the call failed).
func (s *Service) CaptureOnce(ctx context.Context, paypalOrderID string) (string, error) {
	res, err := s.pp.Capture(ctx, paypalOrderID)
	if err != nil {
		return "", err
	}
	_, err = s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE public_id = $1", res.OrderRef)
	return res.OrderRef, err
}

// MarkReturned marks the order paid because the buyer came back: no
// capture, no read.
func (s *Service) MarkReturned(ctx context.Context, paypalOrderID string) (string, error) {
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE paypal_order_id = $1", paypalOrderID)
	return "", err
}
