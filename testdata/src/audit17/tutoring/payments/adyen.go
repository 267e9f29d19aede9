package payments

import (
	"context"
	"fmt"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/adyen"
	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
	"github.com/adyen/adyen-go-api-library/v21/src/common"
	"github.com/sethvargo/go-retry"

	"audit17/tutoring/domain"
)

// Adyen handles European students' card payments.
type Adyen struct {
	co       *checkout.APIClient
	merchant string
}

// NewAdyen returns the Adyen service.
func NewAdyen(apiKey, merchant string, env common.Environment) *Adyen {
	c := adyen.NewClient(&common.Config{ApiKey: apiKey, MerchantAccount: merchant, Environment: env})
	return &Adyen{co: c.Checkout(), merchant: merchant}
}

// StartPayment submits a card payment; the answer may ask for a 3DS redirect.
func (s *Adyen) StartPayment(ctx context.Context, b *domain.Booking) (checkout.PaymentResponse, error) {
	in := s.co.PaymentsApi.PaymentsInput().
		IdempotencyKey(fmt.Sprintf("bk-%d-pay", b.ID)).
		PaymentRequest(checkout.PaymentRequest{
			Amount:          checkout.Amount{Currency: b.Currency, Value: b.AmountMinor},
			MerchantAccount: s.merchant,
			Reference:       fmt.Sprintf("bk-%d", b.ID),
		})
	res, _, err := s.co.PaymentsApi.Payments(ctx, in)
	return res, err
}

// SubmitDetails completes a payment after the shopper's 3DS redirect.
func (s *Adyen) SubmitDetails(ctx context.Context, redirectResult string) (checkout.PaymentDetailsResponse, error) {
	in := s.co.PaymentsApi.PaymentsDetailsInput().PaymentDetailsRequest(checkout.PaymentDetailsRequest{
		Details: map[string]interface{}{"redirectResult": redirectResult},
	})
	res, _, err := s.co.PaymentsApi.PaymentsDetails(ctx, in)
	return res, err
}

// RefundLesson refunds a cancelled lesson's captured payment.
func (s *Adyen) RefundLesson(ctx context.Context, pspRef string, bookingID int64, b checkout.Amount) error {
	ref := fmt.Sprintf("refund-bk-%d", bookingID)
	return retry.Constant(ctx, 250*time.Millisecond, func(ctx context.Context) error {
		in := s.co.ModificationsApi.RefundCapturedPaymentInput(pspRef).
			IdempotencyKey(ref).
			PaymentRefundRequest(checkout.PaymentRefundRequest{Amount: b, MerchantAccount: s.merchant, Reference: &ref})
		_, resp, err := s.co.ModificationsApi.RefundCapturedPayment(ctx, in) // want "\\[retrybackoff\\] adyen ModificationsApi.RefundCapturedPayment is retried by retry.Constant .* every 250ms"
		if err != nil && (resp == nil || resp.StatusCode >= 500) {
			return retry.RetryableError(err)
		}
		return err
	})
}

// AwaitLink follows a payment link for a group class until it is paid or
// expires, for at most a day.
func (s *Adyen) AwaitLink(ctx context.Context, linkID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 24*time.Hour)
	defer cancel()
	wait := 5 * time.Second
	for {
		link, _, err := s.co.PaymentLinksApi.GetPaymentLink(ctx, s.co.PaymentLinksApi.GetPaymentLinkInput(linkID))
		if err != nil {
			return "", err
		}
		switch link.Status {
		case "completed", "paid", "expired":
			return link.Status, nil
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		if wait < 10*time.Minute {
			wait *= 2
		}
	}
}
