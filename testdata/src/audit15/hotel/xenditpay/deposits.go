// Package xenditpay collects deposits for the Indonesian properties
// through Xendit payment requests and QRIS codes.
package xenditpay

import (
	"context"
	"fmt"
	"log"
	"time"

	xendit "github.com/xendit/xendit-go/v7"
	pr "github.com/xendit/xendit-go/v7/payment_request"

	"audit15/hotel/booking"
)

// awaitWindow is how long a deposit request may stay pending before the
// front desk is told to ask the guest again.
const awaitWindow = 90 * time.Second

// Service creates and follows Xendit payment requests.
type Service struct {
	api *xendit.APIClient
}

// NewService returns a Service with the given secret key.
func NewService(secretKey string) *Service {
	return &Service{api: xendit.NewClient(secretKey)}
}

func (s *Service) create(ctx context.Context, st *booking.Stay, attempt int) (*pr.PaymentRequest, error) {
	ref := fmt.Sprintf("%s-dp%d", st.Ref, attempt)
	amount := float64(st.DepositMinor)
	p, _, xerr := s.api.PaymentRequestApi.CreatePaymentRequest(ctx).
		IdempotencyKey(ref).
		PaymentRequestParameters(pr.PaymentRequestParameters{ReferenceId: &ref, Amount: &amount}).
		Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit: create %s: %s", ref, xerr.Error())
	}
	return p, nil
}

// CollectDeposit asks the guest's e-wallet for the deposit and waits for
// the guest to approve it in the wallet app.
func (s *Service) CollectDeposit(ctx context.Context, st *booking.Stay) (*pr.PaymentRequest, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		p, err := s.create(ctx, st, attempt) // want "\\[pollcreate\\] payment xenditpay.Service.create \\(xendit PaymentRequestApi.CreatePaymentRequest\\) made again on every pass of the loop \\(line 47\\) after xenditpay.Service.awaitSucceeded \\(line 52\\) stops waiting" "\\[idempotency\\] xenditpay.Service.create \\(xendit PaymentRequestApi.CreatePaymentRequest\\) is made again on every pass of the loop \\(line 47\\) after xenditpay.Service.awaitSucceeded \\(line 52\\) gives up while the payment may still be pending, with an idempotency key made from the pass counter attempt"
		if err != nil {
			return nil, err
		}
		ok, err := s.awaitSucceeded(ctx, p.Id)
		if err != nil {
			return nil, err
		}
		if ok {
			return p, nil
		}
		log.Printf("xendit: deposit %s for %s not approved within %s", p.Id, st.Ref, awaitWindow)
	}
	return nil, fmt.Errorf("xendit: deposit for %s not collected", st.Ref)
}

// awaitSucceeded follows one payment request. It reports false when the
// window ends with the request still pending.
func (s *Service) awaitSucceeded(ctx context.Context, id string) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, awaitWindow)
	defer cancel()
	t := time.NewTicker(3 * time.Second)
	defer t.Stop()
	for {
		p, _, xerr := s.api.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if xerr != nil {
			return false, fmt.Errorf("xendit: get %s: %s", id, xerr.Error())
		}
		switch p.Status {
		case pr.PAYMENTREQUESTSTATUS_SUCCEEDED:
			return true, nil
		case pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
			return false, fmt.Errorf("xendit: payment request %s %s", id, p.Status)
		}
		select {
		case <-ctx.Done():
			return false, nil
		case <-t.C:
		}
	}
}

// Status reads one payment request.
func (s *Service) Status(ctx context.Context, id string) (*pr.PaymentRequest, error) {
	p, _, xerr := s.api.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
	if xerr != nil {
		return nil, fmt.Errorf("xendit: get %s: %s", id, xerr.Error())
	}
	return p, nil
}
