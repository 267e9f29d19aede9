package parking

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit9/mobility/domain"
)

// mpGateway collects parking fees in Argentina and Brazil.
type mpGateway struct {
	payments payment.Client
	wait     time.Duration
}

func (g *mpGateway) Name() string { return "mercadopago" }

func (g *mpGateway) request(s *domain.ParkingSession, cardToken string) payment.Request {
	return payment.Request{
		ExternalReference: s.ID,
		PaymentMethodID:   "master",
		Token:             cardToken,
		TransactionAmount: float64(s.AmountCents) / 100,
		Installments:      1,
	}
}

// Charge creates the parking payment and waits for Mercado Pago to approve it.
func (g *mpGateway) Charge(ctx context.Context, s *domain.ParkingSession, cardToken string) (string, error) {
	p, err := g.payments.Create(ctx, g.request(s, cardToken))
	if err != nil {
		return "", fmt.Errorf("mercadopago create: %w", err)
	}
	return g.waitApproved(ctx, s, cardToken, p.ID)
}

func (g *mpGateway) waitApproved(ctx context.Context, s *domain.ParkingSession, cardToken string, id int) (string, error) {
	started := time.Now()
	for {
		select {
		case <-ctx.Done():
			return strconv.Itoa(id), ctx.Err()
		case <-time.After(3 * time.Second):
		}
		p, err := g.payments.Get(ctx, id)
		if err != nil {
			return strconv.Itoa(id), err
		}
		switch p.Status {
		case "approved":
			return strconv.Itoa(p.ID), nil
		case "rejected", "cancelled":
			return strconv.Itoa(p.ID), ErrRejected
		}
		if time.Since(started) > g.wait {
			np, err := g.payments.Create(ctx, g.request(s, cardToken)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment"
			if err != nil {
				return strconv.Itoa(id), err
			}
			id, started = np.ID, time.Now()
		}
	}
}

// ErrRejected is returned when the provider rejects the parking payment.
var ErrRejected = errors.New("parking payment rejected")
