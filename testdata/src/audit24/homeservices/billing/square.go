package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	squareclient "github.com/square/square-go-sdk/client"

	"audit24/homeservices/domain"
	"audit24/homeservices/platform"
)

// Square charges AU customers' cards on file for on-site extras and issues
// cancellation refunds.
type Square struct {
	client     *squareclient.Client
	locationID string
	log        *slog.Logger
}

func NewSquare(client *squareclient.Client, locationID string, log *slog.Logger) *Square {
	return &Square{client: client, locationID: locationID, log: log}
}

func aud(cents int64) *square.Money {
	c := square.Currency("AUD")
	return &square.Money{Amount: square.Int64(cents), Currency: &c}
}

func (s *Square) charge(ctx context.Context, b domain.Booking, cardID string, cents int64) (string, error) {
	resp, err := s.client.Payments.Create(ctx, &square.CreatePaymentRequest{
		SourceID:       cardID,
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    aud(cents),
		OrderID:        square.String(b.ID),
	})
	if err != nil {
		return "", err
	}
	if len(resp.Errors) > 0 {
		return "", fmt.Errorf("square: %s", resp.Errors[0].Code)
	}
	return *resp.Payment.ID, nil
}

func (s *Square) status(ctx context.Context, id string) (string, error) {
	resp, err := s.client.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
	if err != nil {
		return "", err
	}
	if resp.Payment == nil || resp.Payment.Status == nil {
		return "", errors.New("square: empty payment")
	}
	return *resp.Payment.Status, nil
}

// Extras charges on-site extras (parts, extra hours) to the card on file and
// waits for the payment to complete before the pro leaves.
func (s *Square) Extras(ctx context.Context, b domain.Booking, cardID string, cents int64) (string, error) {
	id, err := s.charge(ctx, b, cardID, cents)
	if err != nil {
		return "", err
	}
	for polls := 0; polls < 40; polls++ {
		st, err := s.status(ctx, id)
		if err != nil {
			return "", err
		}
		switch st {
		case "COMPLETED", "APPROVED":
			return id, nil
		case "FAILED", "CANCELED":
			return "", domain.ErrDeclined
		}
		if polls > 0 && polls%10 == 0 {
			s.log.Info("square payment slow, charging again", "booking", b.ID, "old", id)
			if id, err = s.charge(ctx, b, cardID, cents); err != nil { // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 69\\): keep"
				return "", err
			}
		}
		time.Sleep(3 * time.Second)
	}
	return "", domain.ErrStillPending
}

// Confirm waits briefly for a payment taken on the pro's reader so the app
// can show the receipt.
func (s *Square) Confirm(ctx context.Context, paymentID string) error {
	ctx, cancel := context.WithTimeout(ctx, 45*time.Second)
	defer cancel()
	tick := time.NewTicker(750 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 750ms: the provider's limit is one poll per"
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		st, err := s.status(ctx, paymentID)
		if err != nil {
			return err
		}
		if st == "COMPLETED" {
			return nil
		}
		if st == "FAILED" || st == "CANCELED" {
			return domain.ErrDeclined
		}
	}
}

// RefundCancellation returns the part of the deposit that is not kept as a
// cancellation fee.
func (s *Square) RefundCancellation(ctx context.Context, b domain.Booking, paymentID string, keepCents int64) error {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "cancel-refund-" + b.ID,
		AmountMoney:    aud(b.DepositCents - keepCents),
		PaymentID:      square.String(paymentID),
	}
	_, err := platform.Retry(ctx, "square.refund", func() (*square.RefundPaymentResponse, error) {
		return s.client.Refunds.RefundPayment(ctx, req) // audit: lookalike idempotency: the refund key comes from the booking id and the request is built once
	})
	return err
}
