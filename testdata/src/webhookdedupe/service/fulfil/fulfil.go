// Package fulfil is the shop's order service: the webhook handlers of
// package hooks call it.
package fulfil

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
)

type Order struct {
	ID     string
	Status string
}

type Service struct {
	db       *sql.DB
	shipping *http.Client
}

func (s *Service) load(ctx context.Context, id string) (*Order, error) {
	o := &Order{ID: id}
	err := s.db.QueryRowContext(ctx, "SELECT status FROM orders WHERE id = $1", id).Scan(&o.Status)
	return o, err
}

// ShipOrder books the parcel with the carrier.
func (s *Service) ShipOrder(ctx context.Context, orderID string) error {
	_, err := s.shipping.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(orderID))
	return err
}

// HandlePaid ships the order every time it is called.
func (s *Service) HandlePaid(ctx context.Context, orderID string) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID); err != nil {
		return err
	}
	return s.ShipOrder(ctx, orderID)
}

// HandlePaidOnce ships only an order not shipped yet.
func (s *Service) HandlePaidOnce(ctx context.Context, orderID string) error {
	o, err := s.load(ctx, orderID)
	if err != nil {
		return err
	}
	if o.Status == "shipped" {
		return nil
	}
	if err := s.ShipOrder(ctx, orderID); err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, "UPDATE orders SET status = 'shipped' WHERE id = $1", orderID)
	return err
}

// MarkOrderPaid only stores the paid state: repeating it changes nothing.
func (s *Service) MarkOrderPaid(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", orderID)
	return err
}

// FulfillOrder is named as a fulfilment but only records the state.
func (s *Service) FulfillOrder(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(ctx, "UPDATE orders SET status = 'fulfilled', fulfilled_at = now() WHERE id = $1", orderID)
	return err
}

// CreditWallet adds the payment to the customer's balance.
func (s *Service) CreditWallet(ctx context.Context, userID string, amount int64) error {
	_, err := s.db.ExecContext(ctx, "UPDATE wallets SET balance = balance + $1 WHERE user_id = $2", amount, userID)
	return err
}
