package checkout

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
	"github.com/sethvargo/go-retry"

	"audit24/pharmacy24/platform"
	"audit24/pharmacy24/store"
)

// ChargeCard charges a tokenized card for a Brazilian order.
func (s *Service) ChargeCard(ctx context.Context, o *store.Order, token, email string) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: o.ID,
		Token:             token,
		TransactionAmount: money(o.AmountMinor),
		Installments:      1,
		Payer:             &payment.PayerRequest{Email: email},
		Description:       "Pedido " + o.ID,
		NotificationURL:   s.notifyURL,
	}
	kctx := requestoptions.WithIdempotencyKey(ctx, "order-"+o.ID+"-card")
	bo := backoff.NewExponentialBackOff()
	bo.InitialInterval = time.Second
	bo.MaxElapsedTime = 90 * time.Second
	return backoff.RetryWithData(func() (*payment.Response, error) {
		return s.mpPay.Create(kctx, req) // audit: lookalike idempotency: the X-Idempotency-Key is fixed per order before the backoff, so every attempt is the same payment
	}, backoff.WithContext(bo, ctx))
}

// PayWithPix asks Mercado Pago for a Pix QR code and waits for the payer.
func (s *Service) PayWithPix(ctx context.Context, o *store.Order, email string) (*payment.Response, error) {
	req := payment.Request{
		ExternalReference: o.ID,
		PaymentMethodID:   "pix",
		TransactionAmount: money(o.AmountMinor),
		Payer:             &payment.PayerRequest{Email: email},
		NotificationURL:   s.notifyURL,
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		p, err := s.mpPay.Create(ctx, req) // want "\\[pollcreate\\] new payment created on every pass of the loop \\(line 48\\) that waits for it through platform\\.WaitFor \\(line 55\\)"
		if err != nil {
			return nil, err
		}
		_ = s.orders.SetProviderRef(ctx, o.ID, "mercadopago", strconv.Itoa(p.ID))
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		res, err := platform.WaitFor(wctx, 5*time.Second, func(ctx context.Context) (*payment.Response, error) {
			return s.mpPay.Get(ctx, p.ID)
		}, func(r *payment.Response) bool {
			return r.Status == "approved" || r.Status == "rejected" || r.Status == "cancelled"
		})
		cancel()
		if err == nil {
			return res, nil
		}
		lastErr = err
		s.log.Warn("pix payment not confirmed in time", "order", o.ID, "payment", p.ID)
	}
	return nil, lastErr
}

// RefundRejected refunds an order whose prescription the pharmacist rejected.
func (s *Service) RefundRejected(ctx context.Context, o *store.Order) error {
	paymentID, err := strconv.Atoi(o.ProviderRef)
	if err != nil {
		return fmt.Errorf("checkout: bad payment ref %q", o.ProviderRef)
	}
	b := retry.WithMaxRetries(4, retry.NewExponential(time.Second))
	err = retry.Do(ctx, b, func(ctx context.Context) error {
		if _, err := s.mpRefund.Create(ctx, paymentID); err != nil { // want "\\[idempotency\\] mercadopago refund\\.Create is retried by retry\\.Do \\(line 77\\) without an idempotency"
			return retry.RetryableError(err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.orders.SetStatus(ctx, o.ID, store.StatusRefunded)
}
