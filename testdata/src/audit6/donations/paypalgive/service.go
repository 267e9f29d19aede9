// Package paypalgive takes PayPal donations through vaulted PayPal
// accounts (the donor approved a billing agreement once, later donations
// are captured server-side).
package paypalgive

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"

	"github.com/plutov/paypal/v4"
)

// Ledger records donations locally.
type Ledger interface {
	SaveOrder(ctx context.Context, donationID, orderID string) error
	MarkPaid(ctx context.Context, donationID string) error
}

// Service creates and follows PayPal orders.
type Service struct {
	pp     *paypal.Client
	ledger Ledger
	brand  string
}

// NewService builds the service.
func NewService(pp *paypal.Client, ledger Ledger) *Service {
	return &Service{pp: pp, ledger: ledger, brand: "Helping Hands"}
}

func (s *Service) units(donationID string, pence int64) []paypal.PurchaseUnitRequest {
	value := strconv.FormatFloat(float64(pence)/100, 'f', 2, 64)
	return []paypal.PurchaseUnitRequest{{
		ReferenceID: donationID,
		Amount:      &paypal.PurchaseUnitAmount{Currency: "GBP", Value: value},
	}}
}

// DonateVaulted creates an order for a donor with a vaulted account and
// waits for PayPal to complete it. If PayPal is slow, try again.
func (s *Service) DonateVaulted(ctx context.Context, donationID string, pence int64) error {
	for attempt := 0; attempt < 3; attempt++ {
		order, err := s.pp.CreateOrder(ctx, paypal.OrderIntentCapture, s.units(donationID, pence), nil, // want "\\[pollcreate\\] payment paypal Client.CreateOrder made again on every pass of the loop \\(line 45\\) after paypalgive.Service.waitForOrder \\(line 54\\) stops waiting while the payment may still be pending"
			&paypal.ApplicationContext{BrandName: s.brand})
		if err != nil {
			return fmt.Errorf("create order: %w", err)
		}
		if err := s.ledger.SaveOrder(ctx, donationID, order.ID); err != nil {
			return err
		}
		done, err := s.waitForOrder(ctx, order.ID)
		if errors.Is(err, errStillPending) {
			log.Printf("donation %s: order %s still pending, creating a new one", donationID, order.ID)
			continue
		}
		if err != nil {
			return err
		}
		if done.Status == paypal.OrderStatusCompleted {
			return s.ledger.MarkPaid(ctx, donationID)
		}
		return fmt.Errorf("order %s ended %s", order.ID, done.Status)
	}
	return errors.New("paypal did not complete the donation")
}

// RetryAfterVoid starts a fresh order only when PayPal voided the last one.
func (s *Service) RetryAfterVoid(ctx context.Context, donationID string, pence int64) error {
	var orderID string
	for attempt := 0; attempt < 2; attempt++ {
		order, err := s.pp.CreateOrderWithPaypalRequestID(ctx, paypal.OrderIntentCapture,
			s.units(donationID, pence), nil, nil, donationID+"-"+strconv.Itoa(attempt))
		if err != nil {
			return err
		}
		orderID = order.ID
		done, err := s.waitForOrder(ctx, orderID)
		if err != nil {
			return err // pending or unreadable: keep this order, reconcile later
		}
		if done.Status == paypal.OrderStatusVoided {
			continue
		}
		return s.ledger.MarkPaid(ctx, donationID)
	}
	return fmt.Errorf("order %s voided twice", orderID)
}
