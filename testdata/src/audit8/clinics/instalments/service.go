// Package instalments runs treatment plans paid in instalments through the
// BNPL provider.
package instalments

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"audit8/clinics/bnpl"
)

type Plan struct {
	ID        string
	PatientID string
	Total     int64
	Currency  string
	AuthToken string
}

type Service struct {
	db   *sql.DB
	bnpl *bnpl.Client
}

func NewService(db *sql.DB, c *bnpl.Client) *Service { return &Service{db: db, bnpl: c} }

func (s *Service) orderFor(p Plan) bnpl.OrderRequest {
	return bnpl.OrderRequest{
		PurchaseCountry:  "GB",
		PurchaseCurrency: p.Currency,
		OrderAmount:      p.Total,
		MerchantRef:      p.ID,
		Lines:            []bnpl.OrderLine{{Name: "Treatment plan " + p.ID, Quantity: 1, UnitPrice: p.Total, TotalAmount: p.Total}},
	}
}

// StartPlan places the order and waits until the provider accepted it.
// When the order sits in PENDING for too long the clinic places it again.
func (s *Service) StartPlan(ctx context.Context, p Plan) (string, error) {
	order, err := s.bnpl.CreateOrder(ctx, p.AuthToken, s.orderFor(p))
	if err != nil {
		return "", err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		o, err := s.bnpl.GetOrder(ctx, order.OrderID)
		if err != nil {
			return "", err
		}
		switch o.Status {
		case "AUTHORIZED", "CAPTURED":
			return o.OrderID, s.markActive(ctx, p.ID, o.OrderID)
		case "CANCELLED", "EXPIRED":
			return "", fmt.Errorf("plan %s: order %s", p.ID, o.Status)
		}
		if time.Now().After(deadline) {
			order, err = s.bnpl.CreateOrder(ctx, p.AuthToken, s.orderFor(p)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment order.OrderID"
			if err != nil {
				return "", err
			}
			deadline = time.Now().Add(2 * time.Minute)
		}
		time.Sleep(5 * time.Second)
	}
}

// WaitCaptured waits for the capture of the first instalment to show on
// the order. It stops on a terminal state only when it is captured.
func (s *Service) WaitCaptured(ctx context.Context, orderID string) error {
	for { // want "\\[pollbound\\] loop polling payment orderID stops only when the payment succeeds"
		o, err := s.bnpl.GetOrder(ctx, orderID)
		if err == nil && o.Status == "CAPTURED" {
			return nil
		}
		time.Sleep(10 * time.Second)
	}
}

var errGaveUp = errors.New("instalments: order still pending")

// Confirm polls a placed order with a bounded budget and reports, leaving
// the decision to the support team when it is still pending.
func (s *Service) Confirm(ctx context.Context, orderID string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	wait := 2 * time.Second
	for {
		o, err := s.bnpl.GetOrder(ctx, orderID)
		if err != nil {
			return err
		}
		switch o.Status {
		case "AUTHORIZED", "CAPTURED":
			return nil
		case "CANCELLED", "EXPIRED":
			return fmt.Errorf("order %s %s", orderID, o.Status)
		}
		select {
		case <-ctx.Done():
			return errGaveUp
		case <-time.After(wait):
		}
		wait = min(wait*2, time.Minute)
	}
}

func (s *Service) markActive(ctx context.Context, planID, orderID string) error {
	_, err := s.db.ExecContext(ctx,
		`UPDATE treatment_plans SET status = 'active', bnpl_order_id = $1 WHERE id = $2`, orderID, planID)
	return err
}
