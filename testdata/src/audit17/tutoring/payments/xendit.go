package payments

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/sethvargo/go-retry"
	xendit "github.com/xendit/xendit-go/v7"
	pr "github.com/xendit/xendit-go/v7/payment_request"
	"github.com/xendit/xendit-go/v7/refund"

	"audit17/tutoring/domain"
)

// Xendit handles Indonesian and Philippine students.
type Xendit struct {
	api *xendit.APIClient
}

// NewXendit returns the Xendit service.
func NewXendit(secretKey string) *Xendit { return &Xendit{api: xendit.NewClient(secretKey)} }

func transient(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500
}

// CreatePaymentRequest opens a payment request for a booking.
func (s *Xendit) CreatePaymentRequest(ctx context.Context, b *domain.Booking) (*pr.PaymentRequest, error) {
	key := fmt.Sprintf("bk-%d-pr", b.ID)
	ref := fmt.Sprintf("bk-%d", b.ID)
	amount := float64(b.AmountMinor) / 100
	backoff := retry.WithMaxRetries(4, retry.NewExponential(time.Second))
	return retry.DoValue(ctx, backoff, func(ctx context.Context) (*pr.PaymentRequest, error) {
		out, resp, xerr := s.api.PaymentRequestApi.CreatePaymentRequest(ctx).
			IdempotencyKey(key).
			PaymentRequestParameters(pr.PaymentRequestParameters{ReferenceId: &ref, Amount: &amount}).
			Execute()
		if xerr != nil {
			if resp == nil || transient(resp.StatusCode) {
				return nil, retry.RetryableError(xerr)
			}
			return nil, xerr
		}
		return out, nil
	})
}

// AwaitPaymentRequest waits briefly for an e-wallet payment to settle so the
// checkout page can show the result without a reload.
func (s *Xendit) AwaitPaymentRequest(ctx context.Context, id string) (pr.PaymentRequestStatus, error) {
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		got, _, xerr := s.api.PaymentRequestApi.GetPaymentRequestByID(ctx, id).Execute()
		if xerr != nil {
			return "", xerr
		}
		switch got.Status {
		case pr.PAYMENTREQUESTSTATUS_SUCCEEDED, pr.PAYMENTREQUESTSTATUS_FAILED, pr.PAYMENTREQUESTSTATUS_EXPIRED:
			return got.Status, nil
		}
		time.Sleep(500 * time.Millisecond) // want "\\[pollinterval\\] payment status polled every 500ms"
	}
	return pr.PAYMENTREQUESTSTATUS_PENDING, nil
}

// RefundLesson refunds a cancelled lesson paid through Xendit.
func (s *Xendit) RefundLesson(ctx context.Context, paymentRequestID string, amountMinor int64) (*refund.Refund, error) {
	amount := float64(amountMinor) / 100
	b := retry.WithMaxRetries(3, retry.NewExponential(2*time.Second))
	return retry.DoValue(ctx, b, func(ctx context.Context) (*refund.Refund, error) {
		out, resp, xerr := s.api.RefundApi.CreateRefund(ctx). // want "\\[idempotency\\] xendit RefundApi.CreateRefund is retried by retry.DoValue .* made anew on every attempt"
									IdempotencyKey(uuid.NewString()).
									CreateRefund(refund.CreateRefund{PaymentRequestId: &paymentRequestID, Amount: &amount}).
									Execute()
		if xerr != nil {
			if resp == nil || transient(resp.StatusCode) {
				return nil, retry.RetryableError(xerr)
			}
			return nil, xerr
		}
		return out, nil
	})
}
