package psp

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"

	"audit20/sportsclub/domain"
	"audit20/sportsclub/platform"
)

// Square takes card payments and refunds for the US clubs.
type Square struct {
	c         *sqclient.Client
	location  string
	sigKey    string
	notifyURL string
}

// SquareOption configures the Square client.
type SquareOption func(*Square)

// WithWebhook sets the signature key and the notification URL Square signs.
func WithWebhook(key, url string) SquareOption {
	return func(s *Square) { s.sigKey, s.notifyURL = key, url }
}

// NewSquare builds the client.
func NewSquare(token, location string, opts ...SquareOption) *Square {
	s := &Square{c: sqclient.NewClient(option.WithToken(token)), location: location}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Charge takes a booking payment from a card nonce.
func (s *Square) Charge(ctx context.Context, b domain.Booking, sourceID string) (*square.Payment, error) {
	res, err := s.c.Payments.Create(ctx, newPaymentRequest(b, sourceID))
	if err != nil {
		return nil, err
	}
	if len(res.Errors) > 0 {
		return nil, errors.New("square: " + res.Errors[0].Code)
	}
	return res.Payment, nil
}

func newPaymentRequest(b domain.Booking, sourceID string) *square.CreatePaymentRequest {
	cur := square.Currency(b.Currency)
	return &square.CreatePaymentRequest{
		SourceID:       sourceID,
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    &square.Money{Amount: square.Int64(b.PriceCents), Currency: &cur},
	}
}

// Payment reads a payment back.
func (s *Square) Payment(ctx context.Context, id string) (*square.Payment, error) {
	res, err := s.c.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
	if err != nil {
		return nil, err
	}
	return res.Payment, nil
}

// Order reads an order of a hosted checkout back.
func (s *Square) Order(ctx context.Context, id string) (*square.Order, error) {
	res, err := s.c.Orders.Get(ctx, &square.GetOrdersRequest{OrderID: id})
	if err != nil {
		return nil, err
	}
	return res.Order, nil
}

// Refund refunds a payment; key must be stable for the refund.
func (s *Square) Refund(ctx context.Context, paymentID string, cents int64, currency, key string) error {
	cur := square.Currency(currency)
	res, err := s.c.Refunds.RefundPayment(ctx, &square.RefundPaymentRequest{
		IdempotencyKey: key,
		PaymentID:      square.String(paymentID),
		AmountMoney:    &square.Money{Amount: square.Int64(cents), Currency: &cur},
	})
	if err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		return errors.New("square refund: " + res.Errors[0].Code)
	}
	return nil
}

// WaitCompleted blocks until a delayed-capture payment is completed.
func (s *Square) WaitCompleted(ctx context.Context, paymentID string) error {
	log := platform.L("square")
	for { // want "\\[pollbound\\] loop polling payment paymentID has no bound: no ctx\\.Done\\(\\), deadline, attempt"
		p, err := s.Payment(ctx, paymentID)
		if err != nil {
			log.Warn("payment read failed", "payment", paymentID, "err", err)
			time.Sleep(3 * time.Second)
			continue
		}
		if p.Status != nil && *p.Status == "COMPLETED" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// VerifyWebhook checks Square's signature of a notification body.
func (s *Square) VerifyWebhook(ctx context.Context, body, signature string) error {
	return s.c.Webhooks.VerifySignature(ctx, &square.VerifySignatureRequest{
		RequestBody:     body,
		SignatureHeader: signature,
		SignatureKey:    s.sigKey,
		NotificationURL: s.notifyURL,
	})
}
