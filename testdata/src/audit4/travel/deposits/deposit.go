package deposits

import (
	"context"
	"errors"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

var errGaveUp = errors.New("deposits: capture gave up")

// CaptureDeposit captures the deposit part when the booking is no longer
// free to cancel. The key is derived from the booking, so a retry after a
// lost response is answered with the first capture.
func (s *CaptureService) CaptureDeposit(ctx context.Context, b Booking, depositCents int64) error {
	key := "deposit-capture-" + b.ID
	req := s.request(b)
	req.Amount = checkout.Amount{Currency: b.Currency, Value: depositCents}
	wait := time.Second
	for i := 0; i < s.cfg.MaxAttempts; i++ {
		in := s.adyen.ModificationsApi.CaptureAuthorisedPaymentInput(b.PspReference).
			IdempotencyKey(key).
			PaymentCaptureRequest(req)
		if _, _, err := s.adyen.ModificationsApi.CaptureAuthorisedPayment(ctx, in); err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return errGaveUp
}
