// Package grpcbilling implements the BillingService RPCs the other services
// call (generated types are mirrored here by hand).
package grpcbilling

import (
	"context"
	"time"

	"github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type ChargeInvoiceRequest struct {
	InvoiceId   string
	CustomerId  string
	AmountCents int64
	Currency    string
}

type ChargeInvoiceReply struct {
	PaymentIntentId string
	Status          string
}

type Notifier interface {
	Send(ctx context.Context, to, template string, data map[string]string) error
}

type BillingServer struct {
	notify Notifier
}

func NewBillingServer(n Notifier) *BillingServer { return &BillingServer{notify: n} }

func intent(req *ChargeInvoiceRequest) *stripe.PaymentIntentParams {
	return &stripe.PaymentIntentParams{
		Amount:   stripe.Int64(req.AmountCents),
		Currency: stripe.String(req.Currency),
		Customer: stripe.String(req.CustomerId),
		Confirm:  stripe.Bool(true),
		Metadata: map[string]string{"invoice": req.InvoiceId},
	}
}

// ChargeInvoice is called by the invoicing service at period end.
func (s *BillingServer) ChargeInvoice(ctx context.Context, req *ChargeInvoiceRequest) (*ChargeInvoiceReply, error) {
	pi, err := retry.DoWithData(func() (*stripe.PaymentIntent, error) {
		return paymentintent.New(intent(req)) // want "\\[idempotency\\] stripe paymentintent.New is retried by retry.DoWithData \\(line 48\\) without an idempotency key"
	}, retry.Context(ctx), retry.Attempts(4))
	if err != nil {
		return nil, err
	}
	return &ChargeInvoiceReply{PaymentIntentId: pi.ID, Status: string(pi.Status)}, nil
}

// ChargeInvoiceIdempotent is the v2 RPC: the key is the invoice id.
func (s *BillingServer) ChargeInvoiceIdempotent(ctx context.Context, req *ChargeInvoiceRequest) (*ChargeInvoiceReply, error) {
	params := intent(req)
	params.SetIdempotencyKey("invoice-" + req.InvoiceId)
	pi, err := retry.DoWithData(func() (*stripe.PaymentIntent, error) {
		return paymentintent.New(params) // want "\\[retrybackoff\\] stripe paymentintent.New is retried by retry.DoWithData \\(line 61\\) every 50ms"
	},
		retry.Context(ctx),
		retry.Attempts(4),
		retry.Delay(50*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
	)
	if err != nil {
		return nil, err
	}
	return &ChargeInvoiceReply{PaymentIntentId: pi.ID, Status: string(pi.Status)}, nil
}

// SendReceipt mails the receipt; the mail API is retried quickly, a
// duplicate receipt is harmless and the mail API is ours.
func (s *BillingServer) SendReceipt(ctx context.Context, to, invoiceID string) error {
	return retry.Do(func() error {
		return s.notify.Send(ctx, to, "receipt", map[string]string{"invoice": invoiceID})
	}, retry.Attempts(3), retry.Delay(50*time.Millisecond), retry.DelayType(retry.FixedDelay))
}

// RefreshInvoiceStatus reads the intent back, with the library's default
// exponential backoff.
func (s *BillingServer) RefreshInvoiceStatus(ctx context.Context, piID string) (string, error) {
	pi, err := retry.DoWithData(func() (*stripe.PaymentIntent, error) {
		return paymentintent.Get(piID, nil)
	}, retry.Context(ctx), retry.Attempts(3))
	if err != nil {
		return "", err
	}
	return string(pi.Status), nil
}
