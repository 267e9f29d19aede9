// Package fulfil confirms orders; it acts only through the ports package
// main binds.
package fulfil

import (
	"context"
	"fmt"
	"log/slog"
)

const StatePaid = "paid"

// Orders stores an order's status.
type Orders interface {
	SetOrderStatus(ctx context.Context, id, status string) error
}

// Mailer sends an e-mail.
type Mailer interface {
	Send(ctx context.Context, to, body string) error
}

// Service confirms paid orders.
type Service struct {
	orders Orders
	mail   Mailer
}

func New(o Orders, m Mailer) *Service { return &Service{orders: o, mail: m} }

// Confirm marks the order paid and mails the receipt: it trusts its caller
// that the money arrived.
func (s *Service) Confirm(ctx context.Context, orderID, email string) error {
	if err := s.orders.SetOrderStatus(ctx, orderID, StatePaid); err != nil {
		return fmt.Errorf("confirm %s: %w", orderID, err)
	}
	return s.mail.Send(ctx, email, "Your order "+orderID+" is confirmed")
}

// Receipts only resends receipts.
type Receipts struct {
	mail Mailer
	log  *slog.Logger
}

func NewReceipts(m Mailer) *Receipts { return &Receipts{mail: m, log: slog.Default()} }

func (r *Receipts) Resend(ctx context.Context, orderID, email string) error {
	r.log.Info("receipt resent", "order", orderID)
	return r.mail.Send(ctx, email, "Your receipt for order "+orderID)
}

// Gate confirms an order only when handed the provider's paid status: it
// decides itself.
type Gate struct{ orders Orders }

func NewGate(o Orders) *Gate { return &Gate{orders: o} }

func (g *Gate) Confirm(ctx context.Context, orderID, providerStatus string) error {
	if providerStatus != "paid" {
		return fmt.Errorf("order %s: payment %s", orderID, providerStatus)
	}
	return g.orders.SetOrderStatus(ctx, orderID, StatePaid)
}
