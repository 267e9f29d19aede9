package billing

import (
	"context"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
	"github.com/sethvargo/go-retry"

	"audit26/gymchain/domain"
	"audit26/gymchain/store"
)

// MercadoPago charges Mexican members who pay with Mercado Pago.
type MercadoPago struct {
	payments  payment.Client
	passes    *store.DayPasses
	notifyURL string
}

func NewMercadoPago(payments payment.Client, passes *store.DayPasses, notifyURL string) *MercadoPago {
	return &MercadoPago{payments: payments, passes: passes, notifyURL: notifyURL}
}

func (s *MercadoPago) backoff() retry.Backoff {
	return retry.WithMaxRetries(3, retry.NewExponential(time.Second))
}

// ChargeDayPass charges a day pass with a card token from the tablet.
func (s *MercadoPago) ChargeDayPass(ctx context.Context, p domain.DayPass, token, email string) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: p.ID,
		Token:             token,
		TransactionAmount: float64(p.Cents) / 100,
		Installments:      1,
		Description:       "Pase de día",
		NotificationURL:   s.notifyURL,
		Payer:             &payment.PayerRequest{Email: email},
	}
	var out *payment.Response
	err := retry.Do(ctx, s.backoff(), func(ctx context.Context) error {
		res, err := s.payments.Create(ctx, req) // want "\\[idempotency\\] mercadopago payment\\.Create is retried by retry\\.Do \\(line 42\\) without an idempotency"
		if err != nil {
			return retry.RetryableError(err)
		}
		out = res
		return nil
	})
	return out, err
}

// ChargeTraining charges a training package; pkgID keys the payment.
func (s *MercadoPago) ChargeTraining(ctx context.Context, pkg domain.TrainingPackage, token, email string) (*payment.Response, error) {
	ctx = requestoptions.WithIdempotencyKey(ctx, "pt-"+pkg.ID)
	req := payment.Request{
		ExternalReference: "pt-" + pkg.ID,
		Token:             token,
		TransactionAmount: float64(pkg.Cents) / 100,
		Installments:      1,
		Description:       "Paquete de entrenamiento",
		NotificationURL:   s.notifyURL,
		Payer:             &payment.PayerRequest{Email: email},
	}
	var out *payment.Response
	err := retry.Do(ctx, s.backoff(), func(ctx context.Context) error {
		res, err := s.payments.Create(ctx, req) // audit: lookalike idempotency: the key is put on ctx once before go-retry, the same on every attempt
		if err != nil {
			return retry.RetryableError(err)
		}
		out = res
		return nil
	})
	return out, err
}

// WaitSPEI follows a bank-transfer payment shown to the member at the desk.
func (s *MercadoPago) WaitSPEI(ctx context.Context, passID string, req payment.Request, first *payment.Response) (*payment.Response, error) {
	id := first.ID
	for i := 0; i < 40; i++ {
		p, err := s.payments.Get(ctx, id)
		if err == nil {
			switch p.Status {
			case "approved":
				return p, s.passes.Issue(ctx, passID)
			case "rejected", "cancelled":
				return p, ErrDeclined
			}
		}
		if i == 20 {
			// reference probably expired in the member's bank app; issue a new one
			fresh, err := s.payments.Create(ctx, req) // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 80\\): keep"
			if err == nil {
				id = fresh.ID
			}
		}
		time.Sleep(3 * time.Second)
	}
	return nil, ErrTimeout
}
