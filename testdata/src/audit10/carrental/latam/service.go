// Package latam takes rental prepayments in Latin America through
// Mercado Pago (cards and PIX).
package latam

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

// pixPollInterval is how often the PIX waiting page refreshes.
const pixPollInterval = 750 * time.Millisecond

// ErrRejected is returned when Mercado Pago rejects the payment.
var ErrRejected = errors.New("mercadopago: payment rejected")

// Reservation is a LATAM booking paid in advance.
type Reservation struct {
	ID       string  `bson:"_id"`
	Amount   float64 `bson:"amount"`
	Method   string  `bson:"method"`
	Status   string  `bson:"status"`
	MPID     int     `bson:"mp_id"`
	Customer string  `bson:"customer"`
}

// Service charges reservations.
type Service struct {
	mp           payment.Client
	reservations *mongo.Collection
	events       *mongo.Collection
	log          *slog.Logger
}

// NewService returns a Service.
func NewService(mp payment.Client, db *mongo.Database, log *slog.Logger) *Service {
	return &Service{mp: mp, reservations: db.Collection("reservations"), events: db.Collection("mp_events"), log: log}
}

// Prepay charges the card token for a reservation and waits for Mercado
// Pago's decision (cards may sit in_process during anti-fraud review).
func (s *Service) Prepay(ctx context.Context, r *Reservation, cardToken string) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: r.ID,
		PaymentMethodID:   r.Method,
		Token:             cardToken,
		TransactionAmount: r.Amount,
		Installments:      1,
	}
	resp, err := s.create(ctx, req)
	if err != nil {
		return nil, err
	}
	s.setPayment(ctx, r.ID, resp.ID, resp.Status)

	deadline := time.Now().Add(3 * time.Minute)
	ticker := time.NewTicker(5 * time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return resp, ctx.Err()
		case <-ticker.C:
		}
		p, err := s.mp.Get(ctx, resp.ID)
		if err != nil {
			return nil, err
		}
		switch p.Status {
		case "approved":
			s.setPayment(ctx, r.ID, p.ID, p.Status)
			return p, nil
		case "rejected", "cancelled":
			s.setPayment(ctx, r.ID, p.ID, p.Status)
			return p, ErrRejected
		}
		if time.Now().After(deadline) {
			s.log.Warn("payment stuck in review, retrying", "reservation", r.ID, "mp", p.ID, "status", p.Status)
			resp, err = s.mp.Create(ctx, req) // want "\\[pollcreate\\] new payment created inside the loop that polls payment resp.ID"
			if err != nil {
				return nil, err
			}
			s.setPayment(ctx, r.ID, resp.ID, resp.Status)
			deadline = time.Now().Add(3 * time.Minute)
		}
	}
}

// create sends the payment, retrying when the connection drops.
func (s *Service) create(ctx context.Context, req payment.Request) (*payment.Response, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := s.mp.Create(ctx, req) // want "\\[idempotency\\] mercadopago payment.Create is retried by a for loop"
		if err == nil {
			return resp, nil
		}
		var ne net.Error
		if !errors.As(err, &ne) {
			return nil, fmt.Errorf("mercadopago create: %w", err)
		}
		lastErr = err
		time.Sleep(time.Duration(1<<attempt) * time.Second)
	}
	return nil, lastErr
}

// WaitPix waits up to two minutes for a PIX payment to be paid and
// returns its latest status.
func (s *Service) WaitPix(ctx context.Context, mpID int) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		p, err := s.mp.Get(ctx, mpID)
		if err != nil {
			return "", err
		}
		if p.Status != "pending" && p.Status != "in_process" {
			return p.Status, nil
		}
		select {
		case <-ctx.Done():
			return p.Status, nil
		case <-time.After(pixPollInterval): // want "\\[pollinterval\\] payment status polled every 750ms"
		}
	}
}

// Retry starts a clean new payment for a reservation whose previous
// payment was rejected.
func (s *Service) Retry(ctx context.Context, r *Reservation, cardToken string) (*payment.Response, error) {
	prev, err := s.mp.Get(ctx, r.MPID)
	if err != nil {
		return nil, err
	}
	if prev.Status != "rejected" && prev.Status != "cancelled" {
		return prev, nil
	}
	return s.create(ctx, payment.Request{
		ExternalReference: r.ID,
		PaymentMethodID:   r.Method,
		Token:             cardToken,
		TransactionAmount: r.Amount,
		Installments:      1,
	})
}

func (s *Service) setPayment(ctx context.Context, resID string, mpID int, status string) {
	_, err := s.reservations.UpdateOne(ctx, bson.M{"_id": resID},
		bson.M{"$set": bson.M{"mp_id": mpID, "mp_status": status}})
	if err != nil {
		s.log.Warn("save mp payment", "reservation", resID, "err", err)
	}
}

// MarkPaid confirms a reservation once its payment is approved.
func (s *Service) MarkPaid(ctx context.Context, resID string) error {
	_, err := s.reservations.UpdateOne(ctx, bson.M{"_id": resID}, bson.M{"$set": bson.M{"status": "paid"}})
	return err
}
