// Package latam collects copays from patients in Latin America through
// Mercado Pago.
package latam

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strconv"
	"time"

	"audit13/clinic/domain"
	"audit13/clinic/platform"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
)

// ErrRejected is returned when Mercado Pago rejects the payment.
var ErrRejected = errors.New("payment rejected")

// Service collects copays with Mercado Pago.
type Service struct {
	payments payment.Client
	visits   domain.VisitStore
}

// New returns a Mercado Pago copay service.
func New(payments payment.Client, visits domain.VisitStore) *Service {
	return &Service{payments: payments, visits: visits}
}

// Collect charges a tokenized card for the visit's copay and waits for
// Mercado Pago to approve it; in_process payments are given a short while.
func (s *Service) Collect(ctx context.Context, v *domain.Visit, cardToken, method string) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: v.ID,
		PaymentMethodID:   method,
		Token:             cardToken,
		TransactionAmount: float64(v.CopayCents) / 100,
		Installments:      1,
	}
	for round := 0; round < 3; round++ {
		p, err := s.payments.Create(ctx, req) // want "\\[idempotency\\] mercadopago payment.Create is made again on every pass of the loop \\(line 44\\) after platform.WaitFor \\(line 53\\) gives up" "\\[pollcreate\\] payment mercadopago payment.Create made again on every pass of the loop \\(line 44\\) after platform.WaitFor \\(line 53\\) stops waiting"
		if err != nil {
			return nil, fmt.Errorf("mercadopago create: %w", err)
		}
		if err := s.visits.SetPaymentRef(ctx, v.ID, strconv.Itoa(p.ID)); err != nil {
			return nil, err
		}
		var last *payment.Response
		ok, err := platform.WaitFor(ctx, 10, 3*time.Second, func(ctx context.Context) (bool, error) {
			cur, err := s.payments.Get(ctx, p.ID)
			if err != nil {
				return false, err
			}
			last = cur
			switch cur.Status {
			case "approved":
				return true, nil
			case "rejected", "cancelled":
				return false, ErrRejected
			}
			return false, nil
		})
		if err != nil {
			return nil, err
		}
		if ok {
			return last, s.visits.MarkPaid(ctx, v.ID, strconv.Itoa(p.ID))
		}
		log.Printf("latam: payment %d for visit %s still %s, trying again", p.ID, v.ID, last.Status)
	}
	return nil, fmt.Errorf("latam: visit %s: payment not approved", v.ID)
}

// Lookup reads a payment, riding out short network blips.
func (s *Service) Lookup(ctx context.Context, id int) (*payment.Response, error) {
	return retry.DoWithData(func() (*payment.Response, error) {
		return s.payments.Get(ctx, id) // want "\\[retrybackoff\\] mercadopago payment.Get is retried by retry.DoWithData \\(line 80\\) every 200ms"
	},
		retry.Context(ctx),
		retry.Attempts(5),
		retry.Delay(200*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
	)
}
