package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/checkout/checkout-sdk-go/v2/common"
	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/checkout/checkout-sdk-go/v2/payments/nas"

	"audit22/telehealth/domain"
	"audit22/telehealth/platform"
)

// UKCards charges the UK clinics' patients through Checkout.com.
type UKCards struct {
	cko         *nas.Client
	authTimeout time.Duration
	log         *slog.Logger
}

// NewUKCards wraps a configured Checkout.com payments client.
func NewUKCards(cko *nas.Client) *UKCards {
	return &UKCards{cko: cko, authTimeout: 2 * time.Minute, log: platform.With("uk-cards")}
}

// ErrDeclined is returned for a declined card.
var ErrDeclined = errors.New("billing: card declined")

// Pay requests a payment for the consult and waits for the
// authorisation. Some UK issuers leave the payment Pending for a long
// time; after authTimeout we try once more under a new reference.
func (u *UKCards) Pay(ctx context.Context, consult *domain.Consult) (string, error) {
	ref := consult.ID
	req := nas.PaymentRequest{Currency: common.GBP, Amount: consult.PriceCents, Reference: ref}
	res, err := u.cko.RequestPaymentWithContext(ctx, req, &ref)
	if err != nil {
		return "", err
	}
	id := res.Id
	deadline := time.Now().Add(u.authTimeout)
	reissued := 0
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(3 * time.Second):
		}
		d, err := u.cko.GetPaymentDetailsWithContext(ctx, id)
		if err != nil {
			u.log.Warn("payment details", "id", id, "err", err)
			continue
		}
		switch d.Status {
		case payments.Authorized, payments.Captured:
			return id, nil
		case payments.Declined:
			return "", ErrDeclined
		}
		if time.Now().After(deadline) {
			if reissued == 2 {
				return "", fmt.Errorf("payment %s still pending", id)
			}
			reissued++
			ref = fmt.Sprintf("%s-r%d", consult.ID, reissued)
			req.Reference = ref
			res, err = u.cko.RequestPaymentWithContext(ctx, req, &ref) // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 47\\): keep"
			if err != nil {
				return "", err
			}
			id = res.Id
			deadline = time.Now().Add(u.authTimeout)
		}
	}
}

// Refund refunds a captured UK payment. The refund reference doubles as
// the idempotency key.
func (u *UKCards) Refund(ctx context.Context, paymentID string, amount int64, consultID string) error {
	key := "refund-" + consultID
	_, err := backoff.Retry(ctx, func() (*payments.RefundResponse, error) {
		return u.cko.RefundPaymentWithContext(ctx, paymentID, &payments.RefundRequest{Amount: amount, Reference: key}, &key) // want "\\[retrybackoff\\] checkout-sdk Payments\\.RefundPaymentWithContext is retried by backoff\\.Retry"
	}, backoff.WithBackOff(backoff.NewConstantBackOff(200*time.Millisecond)), backoff.WithMaxTries(5))
	return err
}

// Details reads a payment, or the payment of a 3DS session id.
func (u *UKCards) Details(ctx context.Context, id string) (*nas.GetPaymentResponse, error) {
	return u.cko.GetPaymentDetailsWithContext(ctx, id)
}
