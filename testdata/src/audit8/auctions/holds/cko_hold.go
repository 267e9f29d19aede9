package holds

import (
	"context"
	"log"
	"time"

	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
)

type CheckoutHolds struct {
	api *nas.Client
}

func NewCheckoutHolds(api *nas.Client) *CheckoutHolds { return &CheckoutHolds{api: api} }

// Authorise requests the hold; the network sometimes drops the
// connection, so it keeps trying with the same idempotency key.
func (h *CheckoutHolds) Authorise(ctx context.Context, bidID string, amount int64) (*nas.PaymentResponse, error) {
	key := "cko-hold-" + bidID
	req := nas.PaymentRequest{Currency: common.Currency("EUR"), Amount: amount, Reference: bidID}
	for {
		resp, err := h.api.RequestPaymentWithContext(ctx, req, &key) // want "\\[retrybackoff\\] checkout-sdk Payments.RequestPaymentWithContext is retried by a for loop .* with no attempt cap and no deadline"
		if err == nil {
			return resp, nil
		}
		log.Printf("cko hold %s: %v; retrying", bidID, err)
		time.Sleep(3 * time.Second)
	}
}

// Capture takes the held amount when the lot closes: three attempts,
// 2s, 4s, 8s apart, same key each time.
func (h *CheckoutHolds) Capture(ctx context.Context, paymentID, lotID string, amount int64) error {
	key := "cko-capture-" + lotID
	wait := 2 * time.Second
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		_, err = h.api.CapturePaymentWithContext(ctx, paymentID, nas.CaptureRequest{Amount: amount, Reference: lotID}, &key)
		if err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return err
}
